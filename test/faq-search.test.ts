import { expect } from '@open-wc/testing';
import { foldForSearch, matchingQuestions } from '../src/faq/faq-search.js';
import { FAQ_IDS } from '../src/content/structure.js';
import { faq as nl } from '../src/content/nl.js';
import { faq as en } from '../src/content/en.js';

describe('foldForSearch', () => {
  it('ignores case and accents', () => {
    expect(foldForSearch('Ischiás')).to.equal('ischias');
    expect(foldForSearch('RÖNTGENFOTO één')).to.equal('rontgenfoto een');
    expect(foldForSearch('Rugpijn')).to.equal(foldForSearch('rugpijn'));
  });

  it('treats curly and straight apostrophes and quotes alike, by dropping them', () => {
    expect(foldForSearch('’s ochtends')).to.equal(foldForSearch("'s ochtends"));
    expect(foldForSearch('“putting your back out”')).to.equal('putting your back out');
    expect(foldForSearch('„door de rug”')).to.equal(foldForSearch('"door de rug"'));
    expect(foldForSearch('don’t')).to.equal('dont');
  });

  it('reads dashes as spaces, unfolds ligatures and collapses whitespace', () => {
    expect(foldForSearch('MRI-scan')).to.equal('mri scan');
    expect(foldForSearch('pijn – rug')).to.equal('pijn rug');
    expect(foldForSearch('ĳs')).to.equal('ijs');
    expect(foldForSearch('  lage \n  rug\t')).to.equal('lage rug');
  });
});

describe('matchingQuestions', () => {
  const items = {
    a: { question: 'Wat is ischiás?', answer: ['Pijn die uitstraalt in uw been.'] },
    b: { question: 'Hoe lang duurt Rugpijn?', answer: ['Meestal 2 weken.', "'s Ochtends stijf."] },
    c: { question: 'Is een MRI-scan nodig?', answer: ['Meestal niet.'] },
  };
  const ids = ['a', 'b', 'c'] as const;

  it('matches every id, in order, for an empty or blank query', () => {
    expect(matchingQuestions(ids, items, '')).to.deep.equal(['a', 'b', 'c']);
    expect(matchingQuestions(ids, items, '   ')).to.deep.equal(['a', 'b', 'c']);
  });

  it('finds words in the question and in any paragraph of the answer, accent- and case-insensitively', () => {
    expect(matchingQuestions(ids, items, 'ischias')).to.deep.equal(['a']);
    expect(matchingQuestions(ids, items, 'RUGPIJN')).to.deep.equal(['b']);
    expect(matchingQuestions(ids, items, 'uitstraalt')).to.deep.equal(['a']);
    expect(matchingQuestions(ids, items, '’s ochtends')).to.deep.equal(['b']);
    expect(matchingQuestions(ids, items, 'mri scan')).to.deep.equal(['c']);
    expect(matchingQuestions(ids, items, 'meestal')).to.deep.equal(['b', 'c']);
  });

  it('needs every word of the query, in any order', () => {
    expect(matchingQuestions(ids, items, 'weken rugpijn')).to.deep.equal(['b']);
    expect(matchingQuestions(ids, items, 'rugpijn ischias')).to.deep.equal([]);
  });

  it('returns nothing when nothing matches, and only looks at the ids given', () => {
    expect(matchingQuestions(ids, items, 'koorts')).to.deep.equal([]);
    expect(matchingQuestions(['b', 'c'] as const, items, 'ischias')).to.deep.equal([]);
  });

  it('works on the real texts in both languages', () => {
    expect(matchingQuestions(FAQ_IDS, nl.items, 'ischias')).to.include('symptoms');
    expect(matchingQuestions(FAQ_IDS, nl.items, 'rugpijn')).to.have.length.greaterThan(3);
    expect(matchingQuestions(FAQ_IDS, en.items, 'putting your back out')).to.deep.equal(['what-is-it']);
    expect(matchingQuestions(FAQ_IDS, en.items, 'PHYSIOTHERAPIST')).to.include('physiotherapist');
  });

  it('finds the questions on work, sciatica, useful scans and pregnancy in both languages', () => {
    expect(matchingQuestions(FAQ_IDS, nl.items, 'bedrijfsarts')).to.deep.equal(['work']);
    expect(matchingQuestions(FAQ_IDS, en.items, 'company doctor')).to.deep.equal(['work']);
    expect(matchingQuestions(FAQ_IDS, nl.items, 'ischias klem')).to.deep.equal(['sciatica']);
    expect(matchingQuestions(FAQ_IDS, en.items, 'sciatica trapped')).to.deep.equal(['sciatica']);
    expect(matchingQuestions(FAQ_IDS, nl.items, 'scan nuttig')).to.deep.equal(['scan-useful']);
    expect(matchingQuestions(FAQ_IDS, en.items, 'scan useful')).to.deep.equal(['scan-useful']);
    expect(matchingQuestions(FAQ_IDS, nl.items, 'zwanger verloskundige')).to.deep.equal(['pregnancy']);
    expect(matchingQuestions(FAQ_IDS, en.items, 'pregnant midwife')).to.deep.equal(['pregnancy']);
  });
});
