/**
 * A self-signed certificate for 127.0.0.1, made for one run: browsers speak HTTP/2 (and ask for
 * brotli) only over TLS, so the test and bench servers that serve as a CDN does need one. The
 * browsers they drive are started with --ignore-certificate-errors.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** @returns {{ key: Buffer, cert: Buffer }} */
export function localCertificate() {
  const folder = mkdtempSync(join(tmpdir(), 'back-pain-widgets-tls-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
      '-keyout', join(folder, 'key.pem'), '-out', join(folder, 'cert.pem')], { stdio: 'ignore' });
    return { key: readFileSync(join(folder, 'key.pem')), cert: readFileSync(join(folder, 'cert.pem')) };
  } finally {
    rmSync(folder, { recursive: true });
  }
}
