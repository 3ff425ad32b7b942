import { expect } from '@open-wc/testing';
import { parseTopics } from '../src/lifting-tips/topics.js';
import { LIFTING_TOPICS } from '../src/content/structure.js';

describe('parseTopics', () => {
  it('returns nothing for an empty or blank value', () => {
    expect(parseTopics('')).to.deep.equal({ topics: [], unknown: [] });
    expect(parseTopics('  \n\t ')).to.deep.equal({ topics: [], unknown: [] });
  });

  it('knows every topic of the content', () => {
    expect(parseTopics(LIFTING_TOPICS.join(' '))).to.deep.equal({ topics: [...LIFTING_TOPICS], unknown: [] });
  });

  it('keeps the order written and drops repeats', () => {
    expect(parseTopics('sitting lifting sitting')).to.deep.equal({ topics: ['sitting', 'lifting'], unknown: [] });
  });

  it('splits on any whitespace and matches regardless of case', () => {
    expect(parseTopics('  Lifting\n\tSTANDING-UP  bed ')).to.deep.equal({ topics: ['lifting', 'standing-up', 'bed'], unknown: [] });
  });

  it('lists unknown words as written, beside the known topics', () => {
    expect(parseTopics('lifting Swimming standing_up sitting,')).to.deep.equal({
      topics: ['lifting'],
      unknown: ['Swimming', 'standing_up', 'sitting,'],
    });
  });

  it('returns no topics when none is known', () => {
    expect(parseTopics('tillen zitten')).to.deep.equal({ topics: [], unknown: ['tillen', 'zitten'] });
  });

  it('does not take names of object members for topics', () => {
    expect(parseTopics('constructor toString __proto__').topics).to.deep.equal([]);
  });
});
