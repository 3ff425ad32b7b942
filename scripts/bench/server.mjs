/**
 * A tiny static server for the benchmark, on 127.0.0.1 and a free port: the build output, the
 * demo, and the pages the benchmark makes in memory. Text is gzipped when the browser accepts it,
 * as a clinic's server would, so that Lighthouse simulates realistic transfer sizes.
 *
 * `secure`: HTTPS with HTTP/2 and brotli, as most hosts and CDNs serve today: every file of a
 * page on its way at once rather than six at a time, each a little smaller.
 */
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { localCertificate } from '../local-certificate.mjs';

/** Folders of the repository that are served; anything else is a 404. */
const SERVED_FOLDERS = ['/dist/', '/demo/'];

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** The file a request path names, or `undefined` when it lies outside the served folders. */
function servedFile(root, pathname) {
  const path = normalize(decodeURIComponent(pathname.endsWith('/') ? `${pathname}index.html` : pathname));
  return SERVED_FOLDERS.some((folder) => path.startsWith(folder)) ? join(root, path) : undefined;
}

/** The bytes of a served file, or `undefined` for a 404 (outside the served folders, missing, or a malformed path). */
async function readServed(root, pathname) {
  try {
    const file = servedFile(root, pathname);
    return file ? await readFile(file) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Compressed bodies, kept: a CDN compresses a file once (brotli at its best, 11), not per request.
 * @type {Map<string, Buffer>}
 */
const compressed = new Map();

function compress(encoding, body) {
  const key = `${encoding}\n${body}`;
  if (!compressed.has(key)) compressed.set(key, encoding === 'br' ? brotliCompressSync(body) : gzipSync(body));
  return compressed.get(key);
}

/**
 * Starts serving `root` (the repository) and `pages`, a Map from path to HTML that may grow
 * while the server runs.
 * @param {string} root
 * @param {Map<string, string>} pages
 * @param {{ secure?: boolean }} [options] HTTPS with HTTP/2 and brotli (see above)
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function startServer(root, pages, { secure = false } = {}) {
  const serve = async (request, response) => {
    const { pathname } = new URL(request.url, 'http://127.0.0.1');
    const body = pages.has(pathname) ? Buffer.from(pages.get(pathname)) : await readServed(root, pathname);
    if (!body) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const type = CONTENT_TYPES[extname(pathname) || '.html'] ?? 'application/octet-stream';
    const accepted = request.headers['accept-encoding'] ?? '';
    const encoding = type.startsWith('application/octet') ? undefined : secure && /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : undefined;
    response.writeHead(200, {
      'content-type': type,
      'cache-control': 'no-cache',
      ...(encoding ? { 'content-encoding': encoding } : {}),
    });
    response.end(encoding ? compress(encoding, body) : body);
  };
  const server = secure ? createSecureServer({ ...localCertificate(), allowHTTP1: true }, serve) : createServer(serve);
  const sessions = new Set();
  server.on('session', (session) => {
    sessions.add(session);
    session.on('close', () => sessions.delete(session));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `${secure ? 'https' : 'http'}://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        for (const session of sessions) session.destroy();
        server.close(() => resolve());
      }),
  };
}
