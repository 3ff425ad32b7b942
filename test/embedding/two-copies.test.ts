/**
 * Two copies of the library on one page: an insurer's portal ships one version, an embedded page
 * loads another. Each copy's widgets show their own copy's texts and report their own copy's
 * `contentVersion`, and `registerContent` of one copy does not reach the other's widgets.
 *
 * The older copy is the built red-flag file with its content version, review date and title
 * changed, loaded from a blob: a second build, under an address of its own. The newer copy is the
 * drop-in bundle; the page's own copy, which registers content, is the npm modules (here: src/).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { meta } from '../../src/content/nl/common.js';
import { redFlags, treatments } from '../../src/content/nl.js';
import { expectBuilt, loadBundle, settled } from './widgets.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const older = { version: '2026.07', reviewed: '2026-06-01', title: 'Moet ik naar de huisarts? (oudere versie)' };

/** The built file `file`, as a copy with older content: another build, under another address. */
async function loadOlderCopy(file: string): Promise<void> {
  let code = await (await fetch(await expectBuilt(file))).text();
  for (const [from, to] of [
    [meta.version, older.version],
    [meta.reviewed, older.reviewed],
    [redFlags.title, older.title],
  ]) {
    const quoted = JSON.stringify(from);
    expect(code, `${file} holds ${quoted}`).to.contain(quoted);
    code = code.replaceAll(quoted, JSON.stringify(to));
  }
  const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
  await import(/* @vite-ignore */ url);
}

async function show(tag: string): Promise<Widget> {
  const widget = document.body.appendChild(document.createElement(tag)) as Widget;
  await settled(widget);
  return widget;
}

const title = (widget: Element) => widget.shadowRoot!.querySelector('[part="title"]')?.textContent?.trim();
const reviewed = (widget: Element) => widget.shadowRoot!.querySelector('footer time')?.getAttribute('datetime');

/** Answers every question of a red-flag check in list layout "no" and shows the outcome; resolves to the event's detail. */
async function answerAllNo(widget: Widget): Promise<{ contentVersion: string }> {
  const result = new Promise<{ contentVersion: string }>((resolve) =>
    widget.addEventListener('redflags-result', (event) => resolve((event as CustomEvent).detail), { once: true }),
  );
  for (const radio of widget.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"][value="no"]')) radio.click();
  await settled(widget);
  widget.shadowRoot!.querySelector<HTMLButtonElement>('button[part="next"]')!.click();
  return result;
}

describe('two copies of the library on one page', () => {
  before(async () => {
    // The older copy defines <back-pain-redflags>; the bundle then defines every other tag.
    await loadOlderCopy('back-pain-redflags.js');
    await loadBundle('back-pain-widgets.js');
  });

  afterEach(() => {
    for (const widget of document.querySelectorAll('body > :not(script)')) widget.remove();
  });

  it('each copy’s events report their own copy’s contentVersion, when the other copy rendered first', async () => {
    await show('back-pain-treatments');
    const olderWidget = await show('back-pain-redflags');
    olderWidget.setAttribute('layout', 'list');
    await settled(olderWidget);
    expect((await answerAllNo(olderWidget)).contentVersion).to.equal(older.version);
  });

  it('each copy’s widgets show their own copy’s texts and review date', async () => {
    const olderWidget = await show('back-pain-redflags');
    const newerWidget = await show('back-pain-treatments');
    expect(title(olderWidget)).to.equal(older.title);
    expect(reviewed(olderWidget)).to.equal(older.reviewed);
    expect(title(newerWidget)).to.equal(treatments.title);
    expect(reviewed(newerWidget), 'the bundle’s widget keeps the bundle’s review date').to.equal(meta.reviewed);
  });

  it('registerContent of the page’s own copy does not change the other copies’ widgets', async () => {
    const { registerContent, getContent } = await import('../../src/content/index.js');
    const newerWidget = await show('back-pain-treatments');
    const olderWidget = await show('back-pain-redflags');
    const result = registerContent('nl', { treatments: { title: 'Wat helpt er?' }, redFlags: { title: 'Naar de dokter?' } });
    expect(result.ok).to.equal(true);
    expect(getContent('nl')!.treatments.title, 'it changes its own copy').to.equal('Wat helpt er?');
    // Give a change time to arrive: the widgets of the registering copy re-render at once.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await settled(newerWidget);
    await settled(olderWidget);
    await waitUntil(() => title(newerWidget) !== undefined);
    expect(title(newerWidget)).to.equal(treatments.title);
    expect(title(olderWidget)).to.equal(older.title);
  });
});
