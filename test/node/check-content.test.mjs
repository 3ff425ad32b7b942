/**
 * The content check must be able to fail: each rule is shown a planted problem, and content that
 * keeps the rules passes. Run with `node --test test/node/`.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkContent, numbers, sentences, words } from '../../scripts/check-content.mjs';

const rules = {
  nl: { maxAverageWords: 11, maxLongPerHundred: 1, maxWords: 25, harmful: [/slijtage/i, /aanstel/i] },
  en: { parityWith: 'nl', maxAverageWords: 13, maxLongPerHundred: 3, maxWords: 30, harmful: [/\bworn\b/i] },
};

const clean = () => ({
  nl: { tip: { text: 'Blijf rustig bewegen. Na 2 dagen gaat het vaak beter.' }, steps: ['Neem een warme douche.'] },
  en: { tip: { text: 'Keep moving gently. After 2 days it is often better.' }, steps: ['Take a warm shower.'] },
});

const long = (count) => `${Array.from({ length: count }, () => 'woord').join(' ')}.`;

describe('check-content', () => {
  it('passes content that keeps every rule', () => {
    assert.deepEqual(checkContent(clean(), rules).problems, []);
  });

  it('fails a sentence over the longest allowed, naming its path', () => {
    const contents = clean();
    contents.nl.steps.push(long(26));
    const { problems } = checkContent(contents, rules);
    assert.ok(problems.some((problem) => problem.startsWith('nl steps[1]: a sentence of 26 words, over 25')), problems.join('\n'));
  });

  it('fails when too many sentences are over 20 words, though none is over the maximum', () => {
    const contents = clean();
    contents.nl.steps = [long(21), long(21), 'Kort.', 'Kort.', 'Kort.'];
    const { problems } = checkContent(contents, rules);
    assert.ok(problems.some((problem) => problem.startsWith('nl: 2 of 7 sentences have more than 20 words')), problems.join('\n'));
  });

  it('fails an average over the limit', () => {
    const contents = clean();
    contents.en.steps = [long(20), long(20), long(20)];
    const { problems } = checkContent(contents, rules);
    assert.ok(problems.some((problem) => /^en: 1\d\.\d\d words per sentence on average, over 13$/.test(problem)), problems.join('\n'));
  });

  it('fails a word that harms, in any language', () => {
    const contents = clean();
    contents.nl.tip.text = 'Op een scan ziet u soms slijtage.';
    contents.en.tip.text = 'Your discs may look worn.';
    const { problems } = checkContent(contents, rules);
    assert.ok(problems.includes('nl tip.text: "slijtage" is on the list of words that harm or confuse'), problems.join('\n'));
    assert.ok(problems.includes('en tip.text: "worn" is on the list of words that harm or confuse'), problems.join('\n'));
  });

  it('fails a number that one language has and the other lacks', () => {
    const contents = clean();
    contents.en.tip.text = 'Keep moving gently. After a few days it is often better.';
    const { problems } = checkContent(contents, rules);
    assert.ok(problems.includes('en tip.text: lacks 2, which the nl text has'), problems.join('\n'));
    contents.en.tip.text = 'Keep moving gently. After 2 or 3 days it is often better.';
    assert.ok(checkContent(contents, rules).problems.includes('en tip.text: has 3, which the nl text lacks'));
  });

  it('reads texts that are functions with sample numbers', () => {
    const contents = clean();
    contents.nl.progress = (done, total) => `${done} van ${total} vragen`;
    contents.en.progress = (done) => `${done} questions answered`;
    assert.ok(checkContent(contents, rules).problems.includes('en progress: lacks 17, which the nl text has'));
  });

  it('splits sentences at a full stop before a capital or digit, not after an abbreviation', () => {
    assert.deepEqual(sentences('Blijf bewegen. Dat helpt.'), ['Blijf bewegen.', 'Dat helpt.']);
    assert.deepEqual(sentences('Neem bijv. een douche. 3 keer per dag.'), ['Neem bijv. een douche.', '3 keer per dag.']);
    assert.deepEqual(sentences('Is dat zo? Bel dan.'), ['Is dat zo?', 'Bel dan.']);
    assert.equal(words('Bel 112 - nu!'), 3);
  });

  it('reads numbers the same way in Dutch and English notation', () => {
    assert.deepEqual(numbers('10.000 mensen, 1,5 uur'), new Set(['10000', '1.5']));
    assert.deepEqual(numbers('10,000 people, 1.5 hours'), new Set(['10000', '1.5']));
  });
});
