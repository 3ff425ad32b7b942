import { expect } from '@open-wc/testing';
import { expectBuilt } from './widgets.js';

interface CspReport {
  tags: string[];
  dutch: number[];
  english: boolean[];
  violations: string[];
  errors: string[];
}

/** Opens a page served with a strict CSP (see web-test-runner.config.mjs) and waits for its report. */
function openStrictPage(page = 'csp.html'): Promise<CspReport> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    const timer = setTimeout(() => reject(new Error('the CSP page sent no report')), 15000);
    window.addEventListener('message', function listen(event: MessageEvent) {
      if (event.data?.type !== 'csp-report') return;
      clearTimeout(timer);
      window.removeEventListener('message', listen);
      frame.remove();
      resolve(event.data as CspReport);
    });
    frame.src = `/test/embedding/pages/${page}`;
    document.body.append(frame);
  });
}

describe('under a strict Content-Security-Policy', () => {
  it('the page really is strict: its policy allows no inline script or style and requires Trusted Types', async () => {
    const response = await fetch('/test/embedding/pages/csp.html');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).to.contain("script-src 'self'").and.to.contain("style-src 'self'");
    expect(policy).to.contain("require-trusted-types-for 'script'");
  });

  for (const [script, page] of [
    ['back-pain-widgets.js', 'csp.html'],
    ['loader.js', 'csp-loader.html'],
  ]) {
    it(`shows every widget from ${script}, in Dutch and in English, with zero violations and zero errors`, async () => {
      await expectBuilt(script);
      const report = await openStrictPage(page);
      expect(report.violations).to.deep.equal([]);
      expect(report.errors).to.deep.equal([]);
      expect(report.tags.length, 'widgets found in the manifest').to.be.greaterThan(0);
      report.tags.forEach((tag, index) => {
        expect(report.dutch[index], `${tag} shows its Dutch text`).to.be.greaterThan(100);
        expect(report.english[index], `${tag} switches to English`).to.equal(true);
      });
    });
  }
});
