/**
 * docs/clinical-rules.md is what a medical adviser signs: it must be the rule table the widget runs
 * on. The committed file must equal a fresh one, and a changed rule must change the document.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DOCUMENT, clinicalRules, loadRules } from '../../scripts/clinical-rules.mjs';

describe('clinical-rules', () => {
  let input;
  before(async () => {
    input = await loadRules();
  });

  it('the committed docs/clinical-rules.md is the one the rule table writes (npm run docs:rules)', () => {
    assert.equal(readFileSync(DOCUMENT, 'utf8'), clinicalRules(input));
  });

  it('names every sign, combination and route, with its basis, and every language', () => {
    const document = clinicalRules(input);
    const { RED_FLAG_IDS, COMBINATION_RULES, ROUTES, RULE_BASIS } = input.structure;
    for (const id of [...RED_FLAG_IDS, ...Object.keys(COMBINATION_RULES)]) {
      assert.ok(document.includes(`\`${id}\``), id);
      assert.ok(document.includes(RULE_BASIS[id]), `basis of ${id}`);
    }
    for (const id of ROUTES) assert.ok(document.includes(`**\`${id}\`: `), `route ${id}`);
    for (const [locale, content] of Object.entries(input.languages)) {
      assert.ok(document.includes(`(\`${locale}\``), locale);
      assert.ok(document.includes(content.redFlags.flags['bladder-bowel'].question), `${locale} question`);
      assert.ok(document.includes(content.redFlags.routes['call-112'].title), `${locale} route title`);
    }
  });

  it('a changed level or route changes the document, so a stale file is caught', () => {
    const rules = { ...input.structure.RED_FLAG_RULES, 'leg-weakness-new': { ...input.structure.RED_FLAG_RULES['leg-weakness-new'], urgency: 'soon', route: 'gp-soon' } };
    const changed = clinicalRules({ ...input, structure: { ...input.structure, RED_FLAG_RULES: rules } });
    assert.notEqual(changed, clinicalRules(input));
    assert.match(changed, /`leg-weakness-new` [^|]+\| soon \| NL: gp-soon; BE: gp-soon/);
  });
});

describe('clinical-safety', () => {
  it('names only tests that exist, in the files it names', () => {
    const log = readFileSync(new URL('../../docs/clinical-safety.md', import.meta.url), 'utf8');
    const evidence = [...log.matchAll(/^\s*- `(test\/[^`]+)`: `([^`]+)`/gm)];
    assert.ok(evidence.length >= 20, `${evidence.length} tests named`);
    for (const [, file, title] of evidence) {
      const source = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
      assert.ok(source.includes(`'${title}'`), `${file} has no test '${title}'`);
    }
  });

  it('has a cause, an effect, controls, tests and a residual rating for each hazard', () => {
    const log = readFileSync(new URL('../../docs/clinical-safety.md', import.meta.url), 'utf8');
    const hazards = log.split(/^## /m).slice(1);
    assert.ok(hazards.length >= 6, `${hazards.length} hazards`);
    for (const hazard of hazards) {
      for (const field of ['**Effect:**', '**Causes:**', '**Controls:**', '**Tests:**', '**Residual:**']) {
        assert.ok(hazard.includes(field), `${hazard.split('\n')[0]} lacks ${field}`);
      }
    }
  });
});
