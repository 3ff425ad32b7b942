/**
 * The bench's servers serve what the page asks for, compressed as a host would: plain HTTP/1.1
 * with gzip, and HTTPS with HTTP/2 and brotli (the phone part measures both).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { connect } from 'node:http2';
import { cwd } from 'node:process';
import { brotliDecompressSync } from 'node:zlib';
import { startServer } from '../../scripts/bench/server.mjs';

const PAGE = '<!doctype html><title>bench</title><p>' + 'Rugpijn gaat meestal vanzelf over. '.repeat(50);

describe('bench server', () => {
  it('serves HTTP/2 with brotli over HTTPS when asked for secure', async () => {
    const server = await startServer(cwd(), new Map([['/page.html', PAGE]]), { secure: true });
    try {
      assert.match(server.origin, /^https:\/\//);
      const session = connect(server.origin, { rejectUnauthorized: false });
      const { headers, body } = await new Promise((resolve, reject) => {
        const request = session.request({ ':path': '/page.html', 'accept-encoding': 'gzip, deflate, br' });
        const chunks = [];
        let headers;
        request.on('response', (received) => (headers = received));
        request.on('data', (chunk) => chunks.push(chunk));
        request.on('end', () => resolve({ headers, body: Buffer.concat(chunks) }));
        request.on('error', reject);
      });
      session.close();
      assert.equal(headers[':status'], 200);
      assert.equal(headers['content-encoding'], 'br');
      assert.equal(brotliDecompressSync(body).toString(), PAGE);
      assert.ok(body.length < PAGE.length / 10, 'compressed');
    } finally {
      await server.close();
    }
  });

  it('serves HTTP/1.1 with gzip by default', async () => {
    const server = await startServer(cwd(), new Map([['/page.html', PAGE]]));
    try {
      assert.match(server.origin, /^http:\/\//);
      const response = await fetch(`${server.origin}/page.html`, { headers: { 'accept-encoding': 'gzip, br' } });
      assert.equal(response.headers.get('content-encoding'), 'gzip');
      assert.equal(await response.text(), PAGE); // fetch decompresses
      const missing = await fetch(`${server.origin}/../package.json`);
      assert.equal(missing.status, 404);
    } finally {
      await server.close();
    }
  });
});
