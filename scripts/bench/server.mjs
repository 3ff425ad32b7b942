/**
 * A tiny static server for the benchmark, on 127.0.0.1 and a free port: the build output, the
 * demo, and the pages the benchmark makes in memory. Text is gzipped when the browser accepts it,
 * as a clinic's server would, so that Lighthouse simulates realistic transfer sizes.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

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
 * Starts serving `root` (the repository) and `pages`, a Map from path to HTML that may grow
 * while the server runs.
 * @param {string} root
 * @param {Map<string, string>} pages
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function startServer(root, pages) {
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url, 'http://127.0.0.1');
    const body = pages.has(pathname) ? Buffer.from(pages.get(pathname)) : await readServed(root, pathname);
    if (!body) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const type = CONTENT_TYPES[extname(pathname) || '.html'] ?? 'application/octet-stream';
    const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '') && !type.startsWith('application/octet');
    response.writeHead(200, {
      'content-type': type,
      'cache-control': 'no-cache',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(gzip ? gzipSync(body) : body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
