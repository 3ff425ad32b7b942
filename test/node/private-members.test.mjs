/**
 * The names the drop-in files shorten (scripts/private-members.mjs), found in a small project of
 * classes (private-members/widgets.ts) whose comments say which names may be shortened and why,
 * and in the widgets themselves. Run with `node --test test/node/`.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { privateMembers } from '../../scripts/private-members.mjs';

const fixture = await privateMembers({ project: fileURLToPath(new URL('./private-members/tsconfig.json', import.meta.url)) });
const widgets = await privateMembers();

describe('private-members', () => {
  it('shortens private and protected members used only by our classes: state-only reactive ones and overrides of our own too', () => {
    assert.deepEqual(fixture.mangled, ['renderPart', 'shownStep']);
  });

  it('keeps names read by a string, with an attribute, public elsewhere, of the DOM, of content or exports, and overrides of Lit', () => {
    for (const kept of ['readByName', 'withAttribute', 'sharedName', 'touched', 'contentKey', 'exportedName', 'boundByTemplate', 'willUpdate', 'render']) {
      assert.ok(!fixture.mangled.includes(kept), kept);
    }
  });

  it('reserves every other property name, Lit’s short ones included, so no short name equals one', () => {
    for (const name of ['sharedName', 'contentKey', 'renderRoot', 'l']) assert.ok(fixture.reserved.includes(name), name);
    assert.ok(!fixture.reserved.includes('shownStep'));
  });

  it('finds the widgets’ own private members, and none of their attributes or content keys', () => {
    for (const name of ['renderOpenQuestions', 'focusHeadingAfterRender', 'sectionTexts', 'renderBody', 'otherSections']) assert.ok(widgets.mangled.includes(name), name);
    // answers: `changed.has('answers')`; redFlagsLink: a content key too; lang, contactPhone: attributes.
    for (const name of ['answers', 'redFlagsLink', 'lang', 'contactPhone', 'render', 'updated']) assert.ok(!widgets.mangled.includes(name), name);
  });
});
