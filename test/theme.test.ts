import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/redflags/define.js';
import '../src/faq/define.js';
import type { BackPainRedflags } from '../src/redflags/back-pain-redflags.js';
import { captureWarnings, whilePrinted } from './helpers.js';

/** A colour token as the widget resolves it, as [r, g, b]. */
function tokenColour(el: Element, token: string): [number, number, number] {
  const probe = document.createElement('span');
  probe.style.color = `var(${token})`;
  el.shadowRoot!.querySelector('.widget')!.append(probe);
  const [r, g, b] = getComputedStyle(probe).color.match(/[\d.]+/g)!.map(Number);
  probe.remove();
  return [r!, g!, b!];
}

/** WCAG 2 contrast ratio of two sRGB colours. */
function contrast(a: [number, number, number], b: [number, number, number]): number {
  const luminance = (rgb: [number, number, number]) => {
    const [r, g, bl] = rgb.map((channel) => {
      const c = channel / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe('theme', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`meets WCAG AA contrast with the default colours in the ${theme} theme`, async () => {
      const el = await fixture<BackPainRedflags>(html`<back-pain-redflags theme=${theme}></back-pain-redflags>`);
      const colour = (token: string) => tokenColour(el, token);
      const background = colour('--_background');
      for (const text of ['--_text', '--_muted', '--_accent', '--_emergency', '--_urgent', '--_soon', '--_self-care']) {
        expect(contrast(colour(text), background), `${text} on the background`).to.be.at.least(4.5);
        expect(contrast(colour(text), colour('--_surface')), `${text} on the surface`).to.be.at.least(4.5);
      }
      for (const level of ['--_emergency', '--_urgent', '--_soon', '--_self-care']) {
        expect(contrast(colour('--_on-urgency'), colour(level)), `text on ${level}`).to.be.at.least(4.5);
      }
      expect(contrast(colour('--_on-accent'), colour('--_accent')), 'text on the accent').to.be.at.least(4.5);
      expect(contrast(colour('--_border'), background), 'control borders').to.be.at.least(3);
      // Two colours: whatever the background, one of them stands out from it.
      const ring = Math.max(contrast(colour('--_focus'), background), contrast(colour('--_halo'), background));
      expect(ring, 'focus ring').to.be.at.least(3);
      expect(contrast(colour('--_focus'), colour('--_halo')), 'ring against its halo').to.be.at.least(3);
    });
  }

  it('fixes light or dark with the theme attribute', async () => {
    const el = await fixture<BackPainRedflags>(html`<back-pain-redflags theme="dark"></back-pain-redflags>`);
    const dark = tokenColour(el, '--_background');
    el.theme = 'light';
    await el.updateComplete;
    const light = tokenColour(el, '--_background');
    expect(light).to.deep.equal([255, 255, 255]);
    expect(contrast(light, dark)).to.be.greaterThan(10);
  });

  it('lets the page set any colour with --bp- properties', async () => {
    const el = await fixture<BackPainRedflags>(
      html`<back-pain-redflags theme="dark" style="--bp-color-accent: rgb(107, 44, 145)"></back-pain-redflags>`,
    );
    expect(tokenColour(el, '--_accent')).to.deep.equal([107, 44, 145]);
    // The focus ring keeps its own colours, so it never looks like a chosen answer (the accent).
    expect(tokenColour(el, '--_focus'), 'focus ring apart from the accent').to.deep.equal([255, 221, 0]);
    const custom = await fixture<BackPainRedflags>(html`<back-pain-redflags style="--bp-color-focus: rgb(1, 2, 3)"></back-pain-redflags>`);
    expect(tokenColour(custom, '--_focus')).to.deep.equal([1, 2, 3]);
  });

  it('follows the page’s color-scheme with theme="auto"', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="color-scheme: dark"><back-pain-redflags></back-pain-redflags></div>`);
    const dark = tokenColour(wrapper.querySelector('back-pain-redflags')!, '--_background');
    expect(dark).to.deep.equal([21, 24, 28]);
    const plain = await fixture<BackPainRedflags>(html`<back-pain-redflags></back-pain-redflags>`);
    expect(tokenColour(plain, '--_background'), 'a page that declares nothing is light').to.deep.equal([255, 255, 255]);
  });

  it('warns once for an unknown theme and follows the page', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<BackPainRedflags>(html`<back-pain-redflags theme="purple"></back-pain-redflags>`);
      await el.updateComplete;
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('theme="purple"').and.to.contain('auto, light, dark');
      expect(tokenColour(el, '--_background')).to.deep.equal([255, 255, 255]);
    } finally {
      warnings.restore();
    }
  });

  it('prints black on white, whatever the theme and the page’s colours', async () => {
    const el = await fixture<BackPainRedflags>(
      html`<back-pain-redflags theme="dark" style="--bp-color-text: rgb(200, 0, 0); --bp-color-background: rgb(0, 0, 80)"></back-pain-redflags>`,
    );
    const widget = el.shadowRoot!.querySelector('.widget')!;
    expect(getComputedStyle(widget).color, 'on screen').to.equal('rgb(200, 0, 0)');
    await whilePrinted(el, () => {
      expect(getComputedStyle(widget).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(widget).backgroundColor).to.equal('rgb(255, 255, 255)');
    });
  });

  it('turns the disclosure chevron without motion for readers who prefer reduced motion', async function () {
    const el = await fixture(html`<back-pain-faq lang="nl"></back-pain-faq>`);
    const summary = el.shadowRoot!.querySelector('summary')!;
    const duration = () => parseFloat(getComputedStyle(summary, '::before').transitionDuration);
    try {
      await emulateMedia({ reducedMotion: 'no-preference' });
    } catch {
      console.info('Reduced motion not tested: this browser cannot emulate it (only Chromium can)');
      this.skip();
    }
    expect(duration(), 'with motion').to.be.greaterThan(0);
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(duration(), 'reduced motion').to.be.lessThan(0.001);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});
