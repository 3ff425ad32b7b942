import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from '../src/internal/define.js';
import { emit } from '../src/internal/events.js';
import { matchLocale } from '../src/content/match-locale.js';
import { requestedLanguage } from '../src/internal/language.js';
import { formatDate } from '../src/internal/footer.js';
import { captureWarnings } from './helpers.js';
import '../src/myths/define.js';

describe('requestedLanguage', () => {
  it('prefers the element’s own lang, then the closest ancestor, across shadow roots', async () => {
    const outer = await fixture<HTMLElement>(html`<div lang="en"><span id="host"></span></div>`);
    const host = outer.querySelector('#host')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<section><p id="inner"></p><p id="own" lang="fy"></p></section>';
    expect(requestedLanguage(root.querySelector('#inner')!)).to.equal('en');
    expect(requestedLanguage(root.querySelector('#own')!)).to.equal('fy');
  });

  it('falls back to <html lang>, then Dutch', async () => {
    const el = await fixture<HTMLElement>(html`<p></p>`);
    const before = document.documentElement.lang;
    try {
      document.documentElement.lang = 'en-GB';
      expect(requestedLanguage(el)).to.equal('en-GB');
      document.documentElement.removeAttribute('lang');
      expect(requestedLanguage(el)).to.equal('nl');
    } finally {
      document.documentElement.lang = before;
    }
  });
});

describe('<html lang>', () => {
  it('follows <html lang> when the page changes it, in every widget and until it leaves the page', async () => {
    const page = await fixture<HTMLElement>(html`<div><back-pain-myths></back-pain-myths><back-pain-myths></back-pain-myths></div>`);
    const [first, second] = [...page.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>('back-pain-myths')];
    const shown = (el: Element) => el.shadowRoot!.querySelector('.widget')?.getAttribute('lang');
    const settled = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await Promise.all([first!.updateComplete, second!.updateComplete]);
    };
    const before = document.documentElement.lang;
    try {
      document.documentElement.lang = 'nl';
      await settled();
      document.documentElement.lang = 'fr-BE';
      await waitUntil(() => shown(first!) === 'fr' && shown(second!) === 'fr', 'both widgets show French');
      second!.remove();
      let updates = 0;
      const counting = second as unknown as { requestUpdate: () => void };
      const requestUpdate = counting.requestUpdate.bind(second);
      counting.requestUpdate = () => {
        updates++;
        requestUpdate();
      };
      document.documentElement.lang = 'nl';
      await settled();
      expect(shown(first!)).to.equal('nl');
      expect(updates, 'a widget that left the page no longer listens').to.equal(0);
    } finally {
      document.documentElement.lang = before;
    }
  });
});

describe('the host element', () => {
  it('gets no lang or theme attribute unless the page sets one, so slotted content keeps the page language', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<back-pain-myths></back-pain-myths>`);
    await el.updateComplete;
    expect(el.hasAttribute('lang'), 'lang').to.equal(false);
    expect(el.hasAttribute('theme'), 'theme').to.equal(false);
    expect(el.shadowRoot!.querySelector('.widget')!.getAttribute('lang')).to.equal('nl');
    el.setAttribute('lang', 'en');
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    expect([el.getAttribute('lang'), el.getAttribute('theme')]).to.deep.equal(['en', 'dark']);
  });
});

describe('matchLocale', () => {
  it('matches exactly, then by primary subtag, case-insensitively', () => {
    expect(matchLocale('EN', ['nl', 'en'])).to.equal('en');
    expect(matchLocale('nl-BE', ['nl', 'en'])).to.equal('nl');
    expect(matchLocale('fr', ['nl', 'en'])).to.equal(undefined);
    expect(matchLocale('', ['nl', 'en'])).to.equal(undefined);
  });

  it('finds a regional variant in any case and returns it as the list spells it', () => {
    const available = ['nl', 'en', 'fr', 'nl-BE'];
    for (const tag of ['nl-BE', 'nl-be', 'NL-BE', ' nl-Be ']) expect(matchLocale(tag, available), tag).to.equal('nl-BE');
    for (const tag of ['nl', 'nl-NL', 'NL-nl']) expect(matchLocale(tag, available), tag).to.equal('nl');
    for (const tag of ['fr', 'fr-BE', 'fr-be', 'fr-FR', 'fr-CA']) expect(matchLocale(tag, available), tag).to.equal('fr');
    for (const tag of ['en-GB', 'en-US']) expect(matchLocale(tag, available), tag).to.equal('en');
    expect(matchLocale('de-BE', available)).to.equal(undefined);
  });
});

describe('defineElement', () => {
  it('never throws on a second registration, and warns once for a different class', () => {
    class First extends LitElement {}
    class Second extends LitElement {}
    const warnings = captureWarnings();
    try {
      defineElement('bp-test-guarded', First);
      defineElement('bp-test-guarded', First);
      expect(warnings.messages).to.have.length(0);
      defineElement('bp-test-guarded', Second);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('bp-test-guarded');
      expect(customElements.get('bp-test-guarded')).to.equal(First);
    } finally {
      warnings.restore();
    }
  });
});

describe('emit', () => {
  it('dispatches a bubbling, composed event that crosses shadow roots', async () => {
    const outer = await fixture<HTMLElement>(html`<div><span></span></div>`);
    const root = outer.querySelector('span')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<b></b>';
    let detail: unknown;
    outer.addEventListener('redflags-reset', (event) => (detail = event.detail));
    emit(root.querySelector('b')!, 'redflags-reset', {});
    expect(detail).to.deep.equal({});
  });
});

describe('formatDate', () => {
  it('writes a review date for a reader in each language', () => {
    expect(formatDate('2026-11-22', 'nl')).to.equal('22 november 2026');
    expect(formatDate('2026-11-22', 'en')).to.equal('22 November 2026');
    const browserFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2026-11-22T00:00:00Z'));
    expect(formatDate('2026-11-22', 'nl-a1'), 'a code Intl refuses: the browser’s format').to.equal(browserFormat);
    expect(formatDate('2026-02-30x', 'nl'), 'not a date').to.equal('2026-02-30x');
  });
});
