import { expect, fixture, html } from '@open-wc/testing';
import '../src/redflags/define.js';
import '../src/check/define.js';
import type { BackPainRedflags } from '../src/redflags/back-pain-redflags.js';
import type { BackPainCheck } from '../src/check/back-pain-check.js';
import { passWarningSigns, whilePrinted } from './helpers.js';

/**
 * The row of buttons after the red-flag check's answers ("start again") and the guided check's
 * row of Back / Next buttons are one control: they wrap, keep the same gap and space above, and
 * are left off paper.
 */

type Look = { display: string; wrap: string; gap: string; spaceAbove: string };
const look = (row: Element): Look => {
  const style = getComputedStyle(row);
  return { display: style.display, wrap: style.flexWrap, gap: `${style.rowGap} ${style.columnGap}`, spaceAbove: style.marginTop };
};

/** The red-flag check's row, which appears with the first answer. */
async function redflagsRow() {
  const el = await fixture<BackPainRedflags>(html`<back-pain-redflags lang="nl" theme="light"></back-pain-redflags>`);
  el.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"][value="no"]')!.click();
  await el.updateComplete;
  return el.shadowRoot!.querySelector('.restart')!.parentElement!;
}

/** The guided check's row on its "how long" step, after every warning sign is answered "no". */
async function checkRow() {
  const el = await fixture<BackPainCheck>(html`<back-pain-check lang="nl" theme="light" today="2026-11-30"></back-pain-check>`);
  await passWarningSigns(el);
  return el.shadowRoot!.querySelector('#duration [part="nav"]')!;
}

describe('rows of buttons', () => {
  it('look the same in the red-flag check and the guided check', async () => {
    const rows = [await redflagsRow(), await checkRow()];
    const looks = rows.map(look);
    expect(looks[0]).to.deep.equal({ display: 'flex', wrap: 'wrap', gap: '13.5px 13.5px', spaceAbove: '18px' });
    expect(looks[1]).to.deep.equal(looks[0]);
  });

  it('are left off paper in both', async () => {
    for (const row of [await redflagsRow(), await checkRow()]) {
      await whilePrinted((row.getRootNode() as ShadowRoot).host, () => {
        expect(getComputedStyle(row).display, (row.getRootNode() as ShadowRoot).host.localName).to.equal('none');
      });
    }
  });
});
