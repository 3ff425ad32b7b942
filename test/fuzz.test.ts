import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import * as nl from '../src/content/nl.js';
import { getContent, registerContent } from '../src/content/index.js';
import { applyOverrides, mergeDeep } from '../src/content/registry.js';
import { validateAgainst } from '../src/content/validate.js';
import { parseWebAddress } from '../src/internal/web-address.js';
import { parseKeyword, parseWholeNumber } from '../src/internal/attributes.js';
import { isAllowedFirstDay } from '../src/walking-program/schedule.js';
import { calendarFileName, escapeText } from '../src/walking-program/ics.js';
import { parsePhone } from '../src/redflags/contact.js';
import { parseTopics } from '../src/lifting-tips/topics.js';
import '../src/selfcare/define.js';
import { captureWarnings } from './helpers.js';

/**
 * Generated values for the attribute parsers and registerContent: thousands per run, with a fixed
 * seed so that CI runs the same values every time (a failure prints its seed and path to replay).
 * Each asserts no exception, no link to another site from a value written as a path, and no
 * change to Object.prototype.
 */
const SEED = 2027;

/** Pieces that trip URL parsers: slashes and backslashes, spaces, schemes, escapes. */
const urlPiece = fc.constantFrom(
  '', ' ', '\t', '\n', '\r', '\u0000', '\u00a0', '/', '//', '///', '\\', '/\\', '\\\\', '#', '?', '@', ':', '.', '..', '%2F', '%5C', '%00', '%E0%A4%A',
  'http:', 'https:', 'HTTPS:', 'tel:', 'mailto:', 'javascript:', 'data:', 'evil.example', 'localhost', '127.0.0.1', '[::1]', 'a@b.c', '+31', 'user:pw@',
);
const urlLike = fc.oneof(
  fc.array(urlPiece, { maxLength: 8 }).map((pieces) => pieces.join('')),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.webUrl({ withFragments: true, withQueryParameters: true }),
  fc.tuple(fc.array(urlPiece, { maxLength: 4 }), fc.webUrl()).map(([pieces, url]) => pieces.join('') + url.replace(/^https?:/, '')),
);

/** True when an address the rule gave back may be followed: this site, a call, an e-mail, or a site written out in full. */
function allowed(value: string, address: string, page: string): boolean {
  const url = new URL(address);
  if (url.protocol === 'tel:' || url.protocol === 'mailto:') return true;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  return url.origin === new URL(page).origin || /^https?:\/\/[^/\\]/i.test(value.trim());
}

const prototypeNames = () => Object.getOwnPropertyNames(Object.prototype).sort().join(',');

describe('fuzz: attribute parsers', () => {
  const page = 'https://clinic.example/rugpijn/check';

  it('parseWebAddress: no exception, and nothing written as a path leaves the site', () => {
    fc.assert(
      fc.property(urlLike, (value) => {
        const address = parseWebAddress(value, page);
        return address === undefined || allowed(value, address, page);
      }),
      { seed: SEED, numRuns: 5000 },
    );
  });

  it('parsePhone, parseTopics and parseKeyword: no exception, and only expected shapes come back', () => {
    const element = document.createElement('div');
    const warnings = captureWarnings();
    try {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (value) => {
          const phone = parsePhone(value);
          if (phone && !/^\+?\d+$/.test(phone.dial)) return false;
          const { topics } = parseTopics(value);
          if (!Array.isArray(topics) || topics.some((topic) => typeof topic !== 'string')) return false;
          const keyword = parseKeyword(element, 'layout', value, ['list', 'tabs'] as const, 'Showing the list.');
          return keyword === undefined || keyword === 'list' || keyword === 'tabs';
        }),
        { seed: SEED, numRuns: 3000 },
      );
    } finally {
      warnings.restore();
    }
  });

  it('parseWholeNumber: no exception; a number only from plain decimal digits, and then exactly that number', () => {
    /** Pieces that other number parsers read as a number: hex, exponents, signs, separators, other digits. */
    const numberPiece = fc.constantFrom('', ' ', '\t', '\n', '0', '1', '9', '0x', '0b', '0o', 'e', 'E', '.', '+', '-', '_', ',', 'Infinity', 'NaN', '\u00a0', '３', '٣', 'px');
    const numberLike = fc.oneof(
      fc.array(numberPiece, { maxLength: 8 }).map((pieces) => pieces.join('')),
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.nat().map(String),
    );
    fc.assert(
      fc.property(numberLike, (value) => {
        const number = parseWholeNumber(value);
        if (!/^\s*[0-9]+\s*$/.test(value)) return Number.isNaN(number);
        return number === Number(value.trim()) && Number.isInteger(number) && number >= 0;
      }),
      { seed: SEED, numRuns: 5000 },
    );
  });

  it('the walking programme\'s first day and calendar texts: no exception; an accepted date is a four-digit date, a file name a plain .ics name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 24 }), fc.date({ min: new Date(0), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }), (value, today) => {
        const accepted = isAllowedFirstDay(value, today.toISOString().slice(0, 10));
        const name = calendarFileName(value);
        // eslint-disable-next-line no-control-regex -- finding control characters is the point
        const controls = /[\u0000-\u0008\u000a-\u001f\u007f]/;
        return (!accepted || /^\d{4}-\d{2}-\d{2}$/.test(value)) && /^[^/\\<>:"|?*]{1,100}\.ics$/.test(name) && !controls.test(name) && !controls.test(escapeText(value));
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('a rendered widget: every href it shows resolves to this page’s site or to the address written out in full', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(html`<back-pain-selfcare></back-pain-selfcare>`);
    const warnings = captureWarnings();
    try {
      await fc.assert(
        fc.asyncProperty(urlLike, async (value) => {
          el.setAttribute('redflags-href', value);
          await el.updateComplete;
          return [...el.shadowRoot!.querySelectorAll('a[href]')].every((a) => allowed(value, new URL(a.getAttribute('href')!, document.baseURI).href, document.baseURI));
        }),
        { seed: SEED, numRuns: 500 },
      );
    } finally {
      warnings.restore();
    }
  });
});

/** JSON text of an object tree with keys that reach prototypes among ordinary content keys. */
const contentKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'redFlags', 'flags', 'fever', 'question', 'title', 'intro', 'faq', 'items', 'sources', 'meta', 'version'),
  fc.string({ maxLength: 8 }),
);
const { tree } = fc.letrec<{ tree: string; value: string }>((arbitrary) => ({
  tree: fc
    .array(fc.tuple(contentKey, arbitrary('value')), { maxLength: 5 })
    .map((pairs) => `{${pairs.map(([key, value]) => `${JSON.stringify(key)}:${value}`).join(',')}}`),
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ maxLength: 12 }).map((text) => JSON.stringify(text)),
    fc.constantFrom('1', 'null', 'true', '[]', '["a"]', '{}'),
    arbitrary('tree'),
  ),
}));

/** A patch that is valid but for one key placed along a real path: the case a merge must survive. */
const nearlyValid = fc
  .tuple(
    fc.constantFrom([], ['redFlags'], ['redFlags', 'flags'], ['redFlags', 'flags', 'fever'], ['faq', 'items'], ['sources'], ['meta']),
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString'),
    fc.constantFrom('{}', '{"polluted":"yes"}', '"x"', '[]', '{"title":"x"}'),
    fc.boolean(),
  )
  .map(([path, key, value, withText]) => {
    const inner = `{${JSON.stringify(key)}:${value}${withText && path.length === 1 && path[0] === 'redFlags' ? ',"title":"Eigen titel"' : ''}}`;
    return path.reduceRight((json, name) => `{${JSON.stringify(name)}:${json}}`, inner);
  });

/** The names every object inherits (`__proto__`, `constructor`, `toString` …), and `prototype`. */
const inheritedNames = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);
const prototypeKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty');

/** Own keys at every depth, with the objects that hold them. */
function* ownEntriesDeep(value: unknown): Generator<[string, unknown, object]> {
  if (typeof value !== 'object' || value === null) return;
  for (const [key, child] of Object.entries(value)) {
    yield [key, child, value];
    yield* ownEntriesDeep(child);
  }
}

/** True when every object below the root has the prototype an object or a list of its kind has. */
const ordinaryPrototypes = (value: unknown) =>
  [...ownEntriesDeep(value)].every(
    ([, child]) => typeof child !== 'object' || child === null || Object.getPrototypeOf(child) === (Array.isArray(child) ? Array.prototype : Object.prototype),
  );

/** A path into the Dutch content, one step per number (each picks a key there), through objects only. */
function realPath(steps: number[]): string[] {
  const path: string[] = [];
  let node: unknown = nl;
  for (const step of steps) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) break;
    const keys = Object.keys(node).sort();
    const key = keys[step % keys.length];
    const child = (node as Record<string, unknown>)[key];
    if (typeof child !== 'object' || child === null || Array.isArray(child)) break;
    path.push(key);
    node = (node as Record<string, unknown>)[key];
  }
  return path;
}

/**
 * JSON text with a prototype key at a random depth along a real path of the content, as
 * `JSON.parse` makes it an own key: `{"redFlags":{"flags":{"__proto__":{"polluted":"yes"}}}}`.
 */
const prototypeKeyAtDepth = fc
  .tuple(
    fc.array(fc.nat(), { maxLength: 6 }),
    prototypeKey,
    fc.oneof(fc.constantFrom('{}', '{"polluted":"yes"}', '{"title":"x"}', '"x"', '[]', '1', 'null'), tree),
    fc.boolean(),
  )
  .map(([steps, key, value, withText]) => {
    const inner = `{${JSON.stringify(key)}:${value}${withText ? ',"title":"Eigen titel"' : ''}}`;
    return realPath(steps).reduceRight((json, name) => `{${JSON.stringify(name)}:${json}}`, inner);
  });

/** An object along a real path whose texts are inherited, not own: `{ redFlags: Object.create({ title: 5 }) }`. */
const inheritedTexts = fc.tuple(fc.array(fc.nat(), { maxLength: 6 }), tree).map(([steps, json]) => {
  const inherited: unknown = Object.create(JSON.parse(json) as object);
  return realPath(steps).reduceRight<unknown>((child, name) => ({ [name]: child }), inherited);
});

describe('fuzz: the content registry’s guards, each on its own', () => {
  it('validation accepts no key that every object inherits or that reaches a prototype, at any depth', () => {
    fc.assert(
      fc.property(fc.oneof(prototypeKeyAtDepth, nearlyValid, tree), (json) => {
        const candidate: unknown = JSON.parse(json);
        const accepted = validateAgainst(nl, candidate, { complete: false }).length === 0;
        return !accepted || [...ownEntriesDeep(candidate)].every(([key]) => !inheritedNames.has(key));
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it('validation reads own properties only: inherited texts are neither checked nor taken', () => {
    fc.assert(
      fc.property(inheritedTexts, (candidate) => validateAgainst(nl, candidate, { complete: false }).length === 0),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('the merges, given content no validation saw, never give an object a foreign prototype', () => {
    const before = prototypeNames();
    const warnings = captureWarnings();
    try {
      fc.assert(
        fc.property(fc.oneof(prototypeKeyAtDepth, nearlyValid, tree), (json) => {
          const merged = [mergeDeep(nl, JSON.parse(json)), applyOverrides(nl, JSON.parse(json)), mergeDeep({}, JSON.parse(json))];
          return (
            prototypeNames() === before &&
            ({} as Record<string, unknown>).polluted === undefined &&
            merged.every(ordinaryPrototypes)
          );
        }),
        { seed: SEED, numRuns: 2000 },
      );
    } finally {
      warnings.restore();
    }
  });
});

describe('fuzz: registerContent', () => {
  it('takes any JSON object without an exception, a foreign prototype or a change to Object.prototype', () => {
    const before = prototypeNames();
    const warnings = captureWarnings();
    try {
      fc.assert(
        fc.property(fc.oneof(tree, nearlyValid, prototypeKeyAtDepth), fc.constantFrom('nl', 'en', 'xx', 'de'), (json, locale) => {
          registerContent(locale, JSON.parse(json));
          const content = getContent('nl')!;
          return (
            prototypeNames() === before &&
            ({} as Record<string, unknown>).polluted === undefined &&
            Object.getPrototypeOf(content.redFlags) === Object.prototype &&
            Object.getPrototypeOf(content.redFlags.flags) === Object.prototype &&
            ordinaryPrototypes(content) &&
            typeof content.redFlags.title === 'string'
          );
        }),
        { seed: SEED, numRuns: 3000 },
      );
    } finally {
      warnings.restore();
      registerContent('nl', { redFlags: { title: nl.redFlags.title, intro: nl.redFlags.intro } });
    }
    expect(prototypeNames()).to.equal(before);
  });
});
