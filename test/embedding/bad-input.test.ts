import { expect, fixture, html } from '@open-wc/testing';
import { captureWarnings } from '../helpers.js';
import { loadBundle, manifestWidgets, settled, widgetText, type WidgetInfo } from './widgets.js';

/** Values no attribute should accept, and markup that must never become markup. */
const invalidValues = [
  '',
  '   ',
  'x'.repeat(5000),
  '-1',
  '1e99',
  'NaN',
  'true',
  '{"a":1}',
  '<img src=x onerror="window.__injected=true">',
  '"><script>window.__injected=true</script>',
  'javascript:window.__injected=true',
  'zz-ZZ',
];

/** Attributes whose every string is valid: free text shown as inert text, or a boolean. */
function acceptsAnyText(attribute: WidgetInfo['attributes'][number]): boolean {
  return attribute.type === 'boolean' || /name/.test(attribute.name);
}

// Read before the tests are declared, so that each widget gets a test of its own.
await loadBundle('back-pain-widgets.js');
const widgets: WidgetInfo[] = await manifestWidgets();

describe('bad input on every attribute of every widget (from custom-elements.json)', () => {
  it('covers every widget and attribute', () => {
    expect(widgets.length).to.be.greaterThan(0);
    for (const { tag, attributes } of widgets) expect(attributes.map((a) => a.name), tag).to.include('lang');
  });

  for (const { tag, attributes } of widgets) {
    it(`<${tag}> never throws, never goes blank, keeps payloads inert and warns once naming the attribute`, async function () {
      this.timeout(60000);
      const errors: string[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      window.addEventListener('error', onError);
      try {
        for (const attribute of attributes) {
          for (const value of invalidValues) {
            const warnings = captureWarnings();
            try {
              const holder = await fixture(html`<div></div>`);
              const widget = document.createElement(tag);
              widget.setAttribute(attribute.name, value);
              holder.append(widget);
              await settled(widget);
              const where = `${tag} ${attribute.name}="${value.slice(0, 30)}"`;
              expect(widgetText(widget).length, `${where} shows content`).to.be.greaterThan(100);
              expect(widget.shadowRoot!.querySelector('img, script, iframe'), `${where} made markup`).to.equal(null);
              expect((window as { __injected?: boolean }).__injected, `${where} ran a payload`).to.equal(undefined);
              const links = [...widget.shadowRoot!.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!);
              expect(links.filter((href) => /^javascript:/i.test(href)), `${where} made a script link`).to.deep.equal([]);
              const named = warnings.messages.filter((message) => message.includes(`${attribute.name}=`));
              expect(warnings.messages.length, `${where} warns at most once`).to.be.at.most(1);
              expect(named.length, `${where} names the attribute`).to.equal(warnings.messages.length);
              const blank = value.trim() === '';
              if (!acceptsAnyText(attribute) && !blank) {
                expect(named.length, `${where} warns`).to.equal(1);
              }
            } finally {
              warnings.restore();
            }
          }
        }
        expect(errors).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
      }
    });
  }
});

/** The values of a type like "'tabs' | 'list'", or [] when it is not a union of string literals only. */
function listedValues(type: string): string[] {
  const parts = type.split('|').map((part) => part.trim());
  return parts.every((part) => /^'[^']*'$/.test(part)) ? parts.map((part) => part.slice(1, -1)) : [];
}

describe('the values custom-elements.json lists for an attribute (what the configurator and Storybook offer)', () => {
  const listed = widgets.flatMap(({ tag, attributes }) =>
    attributes.map((attribute) => ({ tag, name: attribute.name, values: listedValues(attribute.type) })).filter((entry) => entry.values.length > 0),
  );

  it('lists fixed choices as values, not as type names', () => {
    const choices = listed.map(({ tag, name }) => `${tag} ${name}`);
    for (const expected of ['back-pain-selfcare mode', 'back-pain-treatments group', 'lifting-tips layout', 'back-pain-faq theme']) {
      expect(choices, expected).to.include(expected);
    }
  });

  for (const { tag, name, values } of listed) {
    it(`<${tag} ${name}> accepts each listed value without a warning: ${values.join(', ')}`, async () => {
      for (const value of values) {
        const warnings = captureWarnings();
        try {
          const holder = await fixture(html`<div></div>`);
          const widget = document.createElement(tag);
          widget.setAttribute(name, value);
          holder.append(widget);
          await settled(widget);
          expect(warnings.messages, `${name}="${value}"`).to.deep.equal([]);
        } finally {
          warnings.restore();
        }
      }
    });
  }
});
