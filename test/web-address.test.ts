import { expect, fixture, html } from '@open-wc/testing';
import { checkWebAddress, parseWebAddress } from '../src/internal/web-address.js';
import { captureWarnings } from './helpers.js';
import { parsePhone } from '../src/redflags/contact.js';

const base = 'https://clinic.example/back-pain/';

describe('parseWebAddress', () => {
  it('accepts http(s) addresses, same-site paths and same-page places', () => {
    expect(parseWebAddress('https://example.org/contact', base)).to.equal('https://example.org/contact');
    expect(parseWebAddress(' http://example.org ', base)).to.equal('http://example.org/');
    expect(parseWebAddress('/check', base)).to.equal('https://clinic.example/check');
    expect(parseWebAddress('#check', base)).to.equal('https://clinic.example/back-pain/#check');
  });

  it('accepts tel: and mailto: links, as a practice may give its contact that way', () => {
    expect(parseWebAddress('tel:+31201234567', base)).to.equal('tel:+31201234567');
    expect(parseWebAddress('mailto:praktijk@example.org', base)).to.equal('mailto:praktijk@example.org');
  });

  it('refuses a value written as a path that resolves to another site', () => {
    for (const value of ['//evil.example', '///evil.example', '/\\evil.example', ' //evil.example/', '\t//evil.example', '/\\/evil.example', '\\\\evil.example']) {
      expect(parseWebAddress(value, base), JSON.stringify(value)).to.equal(undefined);
    }
  });

  it('refuses scripts, other schemes, relative words and markup', () => {
    for (const value of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', 'ftp://example.org', 'mailto:', 'tel:call-us', 'contact', '<img src=x>', 'https://example.org/a b', '']) {
      expect(parseWebAddress(value, base), value).to.equal(undefined);
    }
  });
});

describe('parsePhone', () => {
  it('keeps what the page wrote for reading and digits for dialling', () => {
    expect(parsePhone('+31 (0)20 123 45 67')).to.deep.equal({ display: '+31 (0)20 123 45 67', dial: '+310201234567' });
    expect(parsePhone('0900-1234')).to.deep.equal({ display: '0900-1234', dial: '09001234' });
  });

  it('refuses letters, too few or too many digits', () => {
    for (const value of ['call us', '12', '1'.repeat(16), '020 123 45 67 ext. 2', '<b>020</b>']) {
      expect(parsePhone(value), value).to.equal(undefined);
    }
  });
});

describe('checkWebAddress', () => {
  it('warns once for a refused address, names what it accepts, and warns again after the value was emptied', async () => {
    const el = await fixture<HTMLElement>(html`<div></div>`);
    const warnings = captureWarnings();
    try {
      expect(checkWebAddress(el, 'contact-url', 'javascript:alert(1)', 'It is not shown.')).to.equal(undefined);
      expect(checkWebAddress(el, 'contact-url', 'javascript:alert(1)', 'It is not shown.')).to.equal(undefined);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('contact-url="javascript:alert(1)"').and.to.contain('"/"').and.to.contain('"#"');
      expect(checkWebAddress(el, 'contact-url', '', 'It is not shown.')).to.equal(undefined);
      expect(checkWebAddress(el, 'contact-url', '/contact', 'It is not shown.')).to.equal(new URL('/contact', document.baseURI).href);
      checkWebAddress(el, 'contact-url', 'javascript:alert(1)', 'It is not shown.');
      expect(warnings.messages, 'the same mistake again is reported again').to.have.length(2);
    } finally {
      warnings.restore();
    }
  });
});
