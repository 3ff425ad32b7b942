import { expect } from '@open-wc/testing';
import * as nl from '../src/content/nl.js';
import { getContent, registerContent } from '../src/content/index.js';
import { mergeDeep } from '../src/content/registry.js';
import { captureWarnings } from './helpers.js';

/**
 * Content a page registers may come from JSON.parse, where `__proto__` is an ordinary own key.
 * Such keys must never reach a merge that assigns through them, at any depth.
 */

const FORBIDDEN = ['__proto__', 'constructor', 'prototype'];

/** Registers quietly; returns the result and the warnings. */
function register(locale: string, content: unknown) {
  const warnings = captureWarnings();
  try {
    return { result: registerContent(locale, content as never), warnings: warnings.messages };
  } finally {
    warnings.restore();
  }
}

const prototypeUntouched = () => {
  expect(Object.getOwnPropertyNames(Object.prototype)).not.to.include('polluted');
  expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
};

describe('registerContent: keys that reach prototypes', () => {
  for (const key of FORBIDDEN) {
    for (const [where, json] of [
      ['', `{"${key}": {"polluted": "yes"}}`],
      ['redFlags.', `{"redFlags": {"${key}": {"polluted": "yes"}}}`],
      ['redFlags.flags.fever.', `{"redFlags": {"flags": {"fever": {"${key}": {"polluted": "yes"}}}}}`],
      ['sources.', `{"sources": {"${key}": {"title": "x"}}}`],
    ] as const) {
      it(`refuses "${key}" at ${where || 'the top'} with a clear error (JSON.parse)`, () => {
        const { result, warnings } = register('nl', JSON.parse(json));
        expect(result.ok).to.equal(false);
        expect(result.errors).to.deep.equal([`${where}${key}: this key is not allowed`]);
        expect(warnings).to.have.length(1);
        const redFlags = getContent('nl')!.redFlags;
        expect(Object.getPrototypeOf(redFlags) === Object.prototype, 'redFlags keeps a plain prototype').to.equal(true);
        expect(Object.getPrototypeOf(redFlags.flags.fever) === Object.prototype, 'flags keep a plain prototype').to.equal(true);
        expect((redFlags as unknown as Record<string, unknown>).polluted).to.equal(undefined);
        prototypeUntouched();
      });
    }

    it(`refuses "${key}" in a new language too`, () => {
      // Through JSON the text functions are lost as well: those errors come along; this one must be among them.
      const { result } = register('xx', JSON.parse(JSON.stringify(nl).replace('"redFlags":{', `"redFlags":{"${key}":{"polluted":"yes"},`)));
      expect(result.ok).to.equal(false);
      expect(result.errors).to.include(`redFlags.${key}: this key is not allowed`);
      expect(getContent('xx')).to.equal(undefined);
      prototypeUntouched();
    });
  }

  it('checks own keys only: an inherited name such as toString is an unknown key', () => {
    const { result } = register('nl', JSON.parse('{"redFlags": {"toString": "x", "hasOwnProperty": "y"}}'));
    expect([...result.errors].sort()).to.deep.equal(['redFlags.hasOwnProperty: unknown key', 'redFlags.toString: unknown key']);
  });

  it('does not count inherited sections as given: a new language built on a prototype is incomplete', () => {
    const { result } = register('xy', Object.create({ ...nl }));
    expect(result.ok).to.equal(false);
    expect(result.errors).to.include('redFlags: missing');
    expect(getContent('xy')).to.equal(undefined);
  });

  it('merges without writing through __proto__', () => {
    const merged = mergeDeep<Record<string, unknown>>({ a: { b: 1 } }, JSON.parse('{"__proto__": {"polluted": "yes"}, "a": {"__proto__": {"polluted": "yes"}, "c": 2}}'));
    expect(Object.getPrototypeOf(merged) === Object.prototype).to.equal(true);
    expect(Object.getPrototypeOf(merged.a) === Object.prototype).to.equal(true);
    expect(merged.polluted).to.equal(undefined);
    expect(merged.a).to.deep.equal({ b: 1, c: 2 });
    prototypeUntouched();
  });
});
