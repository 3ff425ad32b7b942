/**
 * Server rendering of every widget with @lit-labs/ssr, from the built package (`npm run build`
 * first), as a Next.js or Express server would import it: by the package's own export names.
 * Runs in Node (`node --test`), where no DOM exists: any touch of a browser global fails.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { getContent, loadLocale } from 'back-pain-widgets/content';

/** Each widget, the section of the content it shows, and texts it shows before any interaction. */
const widgets = {
  'back-pain-redflags': ['redFlags', (t) => [t.intro, t.flags['bladder-bowel'].question, t.yes]],
  'back-pain-treatments': ['treatments', (t) => [t.intro, t.items['keep-active'].name, t.items['keep-active'].why]],
  'back-pain-faq': ['faq', (t) => [t.filterLabel, t.items['what-is-it'].question]],
  'recovery-timeline': ['timeline', (t) => [t.intro, t.phases['first-days'].title, t.phases['first-days'].normal]],
  'lifting-tips': ['lifting', (t) => [t.intro, t.topics.lifting.title, t.topics.lifting.tips[0]]],
  'back-pain-risk-factors': ['riskFactors', (t) => [t.intro, t.factors['heavy-lifting'].label]],
  'back-pain-myths': ['myths', (t) => [t.intro, t.items['straight-back'].myth]],
  'walking-program': ['walking', (t) => [t.intro, t.startLabel]],
  'back-pain-selfcare': ['selfCare', (t) => [t.intro, t.steps['keep-moving'].title, t.steps['keep-moving'].text]],
  // The guided check holds the red-flag check: its questions render inside, in the check's language.
  'back-pain-check': ['check', (t) => [t.intro, t.title]],
};

/** Browser globals a widget could reach for; none exists here, and none may be looked up. */
const browserGlobals = [
  'window', 'document', 'location', 'ShadowRoot', 'MutationObserver', 'ResizeObserver', 'IntersectionObserver',
  'matchMedia', 'getComputedStyle', 'requestAnimationFrame', 'localStorage', 'sessionStorage', 'HTMLElement', 'Element', 'Node',
];
const touched = new Set();

for (const tag of Object.keys(widgets)) await import(`back-pain-widgets/${tag}/define`);

function renderWidget(tag, lang = '') {
  const name = unsafeStatic(tag);
  const template = lang ? staticHtml`<${name} lang=${lang}></${name}>` : staticHtml`<${name}></${name}>`;
  return collectResultSync(render(template));
}

/** The text a reader sees: tags, comments and styles removed, entities decoded, spaces joined. */
function visibleText(markup) {
  return markup
    .replace(/<style>[^]*?<\/style>/g, ' ')
    .replace(/<!--[^]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** Every sentence-length string of a section and the shared texts. */
function sentences(content, section) {
  const found = [];
  const walk = (value) => {
    if (typeof value === 'string' && value.length >= 20) found.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(content[section]);
  walk(content.common);
  return found;
}

function assertRendersIn(tag, markup, locale, otherLocale) {
  const [section, keyTexts] = widgets[tag];
  const texts = getContent(locale)[section];
  const text = visibleText(markup);
  assert.match(markup, new RegExp(`^(<!--[^]*?-->)*<${tag}[^>]*><template shadowroot="open" shadowrootmode="open"><style>`));
  assert.match(markup, new RegExp(`part="base" lang="${locale}"`));
  for (const expected of [texts.title, ...keyTexts(texts), getContent(locale).common.disclaimer]) {
    assert.ok(text.includes(expected.replace(/\s+/g, ' ')), `${tag} (${locale}) shows "${expected}"`);
  }
  const own = new Set(sentences(getContent(locale), section));
  for (const foreign of sentences(getContent(otherLocale), section)) {
    if (!own.has(foreign)) assert.ok(!text.includes(foreign), `${tag} (${locale}) holds ${otherLocale} text "${foreign}"`);
  }
}

before(() => {
  const present = browserGlobals.filter((name) => name in globalThis);
  assert.deepEqual(present, [], 'no browser global is installed before rendering');
  for (const name of browserGlobals) {
    Object.defineProperty(globalThis, name, { configurable: true, get: () => void touched.add(name) });
  }
});

after(() => {
  for (const name of browserGlobals) delete globalThis[name];
});

describe('server rendering in Dutch, without lang', () => {
  for (const tag of Object.keys(widgets)) {
    it(`${tag} renders its Dutch texts in declarative shadow DOM`, () => {
      assertRendersIn(tag, renderWidget(tag), 'nl', 'en');
    });
  }
});

// Each server-rendered widget carries its styles and markup in the page's HTML, which a phone
// downloads and parses before it shows anything: the package's templates are minified.
describe('server-rendered HTML without template whitespace or comments', () => {
  for (const tag of Object.keys(widgets)) {
    it(`${tag}: its styles have no comments or indentation, its markup no indentation between tags`, () => {
      const markup = renderWidget(tag);
      const styles = [...markup.matchAll(/<style>([^]*?)<\/style>/g)].map(([, css]) => css).join('');
      assert.ok(styles.length > 1000, 'the widget sends its styles');
      assert.doesNotMatch(styles, /\/\*/, 'a CSS comment');
      assert.doesNotMatch(styles, /\n\s/, 'an indented CSS line');
      const shadow = markup.slice(markup.indexOf('<template shadowroot'));
      assert.doesNotMatch(shadow.replace(/<!--[^]*?-->/g, ''), />\n\s+</, 'indentation between tags');
    });
  }
});

describe('server rendering in English before loadLocale', () => {
  it('renders the placeholder and warns once, naming loadLocale', (context) => {
    const warn = context.mock.method(console, 'warn', () => {});
    const markup = renderWidget('back-pain-faq', 'en');
    assert.match(markup, /<div class="loading" aria-busy="true"><\/div>/);
    assert.ok(!visibleText(markup).includes(getContent('en').faq.title));
    assert.equal(warn.mock.callCount(), 1);
    assert.match(warn.mock.calls[0].arguments[0], /<back-pain-faq>: the en texts are not loaded.*loadLocale\('en'\)/);
  });
});

describe('server rendering in English, after loadLocale', () => {
  before(() => loadLocale('en'));

  for (const tag of Object.keys(widgets)) {
    it(`${tag} renders its English texts in declarative shadow DOM`, () => {
      assertRendersIn(tag, renderWidget(tag, 'en'), 'en', 'nl');
    });
  }

  it('a regional tag (en-GB) speaks English too', () => {
    assertRendersIn('back-pain-treatments', renderWidget('back-pain-treatments', 'en-GB'), 'en', 'nl');
  });

  it('still speaks Dutch without lang', () => {
    assertRendersIn('back-pain-myths', renderWidget('back-pain-myths'), 'nl', 'en');
  });

  it('renders the guided check with the red-flag questions inside, in its language', () => {
    const question = (locale) => getContent(locale).redFlags.flags['bladder-bowel'].question;
    const english = visibleText(renderWidget('back-pain-check', 'en'));
    assert.ok(english.includes(question('en')), 'the English question');
    assert.ok(!english.includes(question('nl')), 'no Dutch question');
    assert.ok(visibleText(renderWidget('back-pain-check')).includes(question('nl')), 'the Dutch question without lang');
  });
});

describe('server rendering for Belgium (nl-BE, fr), after loadLocale', () => {
  before(() => Promise.all([loadLocale('nl-be'), loadLocale('fr-BE')]));

  for (const tag of Object.keys(widgets)) {
    it(`${tag} renders its Belgian Dutch and its French texts`, () => {
      assertRendersIn(tag, renderWidget(tag, 'nl-BE'), 'nl-BE', 'fr');
      assertRendersIn(tag, renderWidget(tag, 'fr-BE'), 'fr', 'nl-BE');
    });
  }

  it('sends a Flemish reader to the huisartsenwachtpost on 1733, not to the huisartsenpost', () => {
    const text = visibleText(renderWidget('back-pain-selfcare', 'nl-BE'));
    assert.ok(text.includes('1733'));
    assert.ok(!text.includes('huisartsenpost'));
  });
});

describe('links on the server, which knows no page address', () => {
  const selfCare = (href) => collectResultSync(render(html`<back-pain-selfcare redflags-href=${href}></back-pain-selfcare>`));

  it('keeps a path or a place on the page as written, for the browser to resolve', (context) => {
    const warn = context.mock.method(console, 'warn', () => {});
    assert.match(selfCare('#self-check'), /<a class="redflags-link" part="redflags-link" href="#self-check">/);
    assert.match(selfCare('/rugpijn/check'), /href="\/rugpijn\/check"/);
    assert.match(selfCare('https://example.org/check'), /href="https:\/\/example.org\/check"/);
    assert.equal(warn.mock.callCount(), 0);
  });

  it('refuses any other scheme with one warning naming the attribute', (context) => {
    const warn = context.mock.method(console, 'warn', () => {});
    assert.doesNotMatch(selfCare('javascript:alert(1)'), /<a class="redflags-link"/);
    assert.equal(warn.mock.callCount(), 1);
    assert.match(warn.mock.calls[0].arguments[0], /redflags-href="javascript:alert\(1\)" is not valid/);
  });

  it('refuses a path that a browser resolves to another site, as the browser does', (context) => {
    const page = 'https://clinic.example/rugpijn/';
    for (const value of ['//evil.example', '///evil.example', '/\\evil.example', ' //evil.example/', '\t//evil.example', '/\\/evil.example']) {
      const warn = context.mock.method(console, 'warn', () => {});
      const markup = selfCare(value);
      // Every href the server writes, resolved against the page that will show it.
      const foreign = [...markup.matchAll(/\shref="([^"]*)"/g)]
        .map(([, href]) => new URL(href.replace(/&amp;/g, '&'), page))
        .filter((url) => url.origin !== new URL(page).origin);
      assert.deepEqual(foreign.map(String), [], JSON.stringify(value));
      assert.equal(warn.mock.callCount(), 1, JSON.stringify(value));
      assert.match(warn.mock.calls[0].arguments[0], /redflags-href=".*" is not valid/);
      warn.mock.restore();
    }
  });
});

describe('loadLocale', () => {
  it('warns once for an unknown language, naming those it accepts, and resolves', async (context) => {
    const warn = context.mock.method(console, 'warn', () => {});
    await loadLocale('xx');
    assert.equal(warn.mock.callCount(), 1);
    assert.match(warn.mock.calls[0].arguments[0], /loadLocale\("xx"\).*Accepted: nl, en/);
  });
});

it('no browser global was looked up while rendering', () => {
  assert.deepEqual([...touched], []);
});
