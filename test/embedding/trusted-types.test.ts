/**
 * Trusted Types with a list of allowed policies (`trusted-types …`): pages served with the strict
 * policy plus a list (see web-test-runner.config.mjs). With the list docs/security.md gives, the
 * widgets work however the page includes them; with a list that lacks what Lit needs, the library
 * says in the console what to allow.
 */
import { expect } from '@open-wc/testing';
import { expectBuilt } from './widgets.js';

interface Report {
  violations: string[];
  errors: string[];
  tags?: string[];
  dutch?: number[];
  english?: boolean[];
  rendered?: boolean;
}

/** Opens a test page in a frame and waits for its report. */
function open(page: string): Promise<Report> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    const timer = setTimeout(() => reject(new Error(`${page} sent no report`)), 15000);
    window.addEventListener('message', function listen(event: MessageEvent) {
      if (event.data?.type !== 'csp-report') return;
      clearTimeout(timer);
      window.removeEventListener('message', listen);
      frame.remove();
      resolve(event.data as Report);
    });
    frame.src = `/test/embedding/pages/${page}`;
    document.body.append(frame);
  });
}

const enforcesTrustedTypes = 'trustedTypes' in window;
/** The library's own message, in the page's console, when the list lacks what Lit needs. */
const hint = (errors: string[]) => errors.filter((error) => error.startsWith('back-pain-widgets:'));

describe('Trusted Types with a list of allowed policies', () => {
  before(async () => {
    for (const file of ['loader.js', 'back-pain-widgets.js', 'back-pain-redflags.js', 'back-pain-treatments.js']) await expectBuilt(file);
  });

  it(`the page is served with the policy docs/security.md gives (this browser ${enforcesTrustedTypes ? 'enforces' : 'does not know'} Trusted Types)`, async () => {
    const policy = (await fetch('/test/embedding/pages/trusted-types-every-file.html')).headers.get('content-security-policy') ?? '';
    expect(policy).to.equal(
      "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'",
    );
  });

  it("with trusted-types lit-html 'allow-duplicates': every widget works from the loader, the bundle and a widget's own file together", async () => {
    const report = await open('trusted-types-every-file.html');
    expect(report.violations).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
    expect(report.tags!.length).to.be.greaterThan(0);
    report.tags!.forEach((tag, index) => {
      expect(report.dutch![index], `${tag} shows its Dutch text`).to.be.greaterThan(100);
      expect(report.english![index], `${tag} switches to English`).to.equal(true);
    });
  });

  it("without 'allow-duplicates', a second copy says to add it; the first copy's widgets work", async () => {
    const report = await open('trusted-types-once.html');
    expect(report.rendered).to.equal(true);
    if (!enforcesTrustedTypes) {
      expect(report.errors).to.deep.equal([]);
      return;
    }
    expect(report.violations.join('\n'), 'the browser refuses a policy').to.contain('trusted-types');
    expect(hint(report.errors), report.errors.join('\n')).to.have.length(1);
    expect(hint(report.errors)[0]).to.contain("trusted-types lit-html 'allow-duplicates'");
  });

  it('with a list that lacks lit-html, the library says what to allow', async () => {
    const report = await open('trusted-types-without-lit.html');
    if (!enforcesTrustedTypes) {
      expect(report.rendered).to.equal(true);
      expect(report.errors).to.deep.equal([]);
      return;
    }
    expect(report.rendered, 'the browser refuses Lit’s policy: no widget').to.equal(false);
    expect(report.violations.join('\n'), 'the browser refuses a policy').to.contain('trusted-types');
    expect(hint(report.errors), report.errors.join('\n')).to.have.length(1);
    expect(hint(report.errors)[0]).to.contain("trusted-types lit-html 'allow-duplicates'");
  });
});
