import { expect, waitUntil } from '@open-wc/testing';
import { expectBuilt, manifestWidgets } from './embedding/widgets.js';

/**
 * The embed configurator (demo/configurator.html), driven as a webmaster would, and the key
 * promise checked: the snippet it gives works when pasted into a bare HTML page.
 */

type FrameWindow = Window & typeof globalThis;
type Control = HTMLInputElement & HTMLSelectElement;

const cdnUrl = (file: string) => new URL(`/dist/cdn/${file}`, location.href).href;

/** Opens the configurator in a frame and waits until it has read the manifest. */
async function openConfigurator(width = 1100): Promise<FrameWindow> {
  await expectBuilt('back-pain-widgets.js');
  await expectBuilt('loader.js');
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = '/demo/configurator.html';
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  await waitUntil(() => win.document.documentElement.dataset.configurator === 'ready', 'the configurator did not start', {
    timeout: 8000,
  });
  return win;
}

function control(win: FrameWindow, id: string): Control {
  const found = win.document.getElementById(id) as Control | null;
  if (!found) throw new Error(`no control #${id}`);
  return found;
}

/** Sets a control's value and fires the events typing or picking would. */
function setValue(win: FrameWindow, id: string, value: string | boolean): void {
  const target = control(win, id);
  if (typeof value === 'boolean') target.checked = value;
  else target.value = value;
  target.dispatchEvent(new win.Event('input', { bubbles: true }));
  target.dispatchEvent(new win.Event('change', { bubbles: true }));
}

const snippetOf = (win: FrameWindow) => control(win, 'snippet').value;
const previewOf = (win: FrameWindow, tag: string) => win.document.querySelector(`#preview > ${tag}`) as HTMLElement;
const text = (element: Element | null | undefined) => (element?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Writes HTML into a fresh frame with no page of its own around it. */
async function barePage(body: string): Promise<FrameWindow> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html><head></head><body>${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as FrameWindow;
}

const contactName = '<b>"&';
const accent = '#6b2c91';

/** Picks the red-flag check in English with a tricky contact name and a purple accent. */
async function configureRedflags(win: FrameWindow): Promise<void> {
  setValue(win, 'widget', 'back-pain-redflags');
  setValue(win, 'attr-lang', 'en');
  setValue(win, 'attr-contact-name', contactName);
  setValue(win, 'colour-accent', accent);
}

describe('the embed configurator', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('offers every widget of the manifest, with its attributes as labelled controls in fieldsets', async () => {
    const win = await openConfigurator();
    const widgets = await manifestWidgets();
    const options = [...control(win, 'widget').options].map((option) => option.value);
    expect(options).to.deep.equal(widgets.map((widget) => widget.tag));
    for (const { tag, attributes } of widgets) {
      setValue(win, 'widget', tag);
      for (const { name, type } of attributes) {
        const field = control(win, `attr-${name}`);
        expect(field.labels?.length, `${tag} ${name} is labelled`).to.equal(1);
        expect(field.closest('fieldset'), `${tag} ${name} is in a fieldset`).to.exist;
        if (type === 'boolean') expect(field.type, `${tag} ${name}`).to.equal('checkbox');
        if (/^'[^']*'( \| '[^']*')+$/.test(type)) expect(field.localName, `${tag} ${name}`).to.equal('select');
      }
    }
    setValue(win, 'widget', 'back-pain-redflags');
    expect([...control(win, 'attr-lang').options].map((option) => option.value)).to.include.members(['nl', 'nl-BE', 'fr', 'en', 'en-BE']);
    expect([...control(win, 'attr-theme').options].map((option) => option.value)).to.deep.equal(['auto', 'light', 'dark']);
    expect([...control(win, 'attr-heading-level').options].map((option) => option.value)).to.deep.equal(['1', '2', '3', '4', '5', '6']);
    for (const field of win.document.querySelectorAll<Control>('#settings input, #settings select')) {
      const named = (field.labels?.length ?? 0) > 0 || field.hasAttribute('aria-labelledby');
      expect(named, `#${field.id} has a label`).to.equal(true);
    }
  });

  it('shows the choices on the live preview and writes them, escaped, into the snippet', async () => {
    const win = await openConfigurator();
    await configureRedflags(win);
    const widget = previewOf(win, 'back-pain-redflags');
    expect(widget).to.exist;
    expect(widget.getAttribute('lang')).to.equal('en');
    expect(widget.getAttribute('contact-name')).to.equal(contactName);
    expect(widget.style.getPropertyValue('--bp-color-accent')).to.equal(accent);
    await waitUntil(() => text(widget).includes('do I need to see a GP?'), 'the preview shows English', { timeout: 5000 });

    const snippet = snippetOf(win);
    expect(snippet, 'the loader first').to.contain(`<script type="module" src="${cdnUrl('loader.js')}"></script>`);
    expect(snippet).to.contain('contact-name="&lt;b&gt;&quot;&amp;"');
    expect(snippet).to.contain('lang="en"');
    expect(snippet).to.contain(`back-pain-redflags { --bp-color-accent: ${accent}; }`);
    expect(snippet).not.to.contain('<b>');
    // Only what differs from the defaults.
    expect(snippet).not.to.match(/heading-level|theme=|contact-phone|--bp-color-text|--bp-font-family/);
  });

  it('gives a snippet that works when pasted into a bare HTML page', async () => {
    const win = await openConfigurator();
    await configureRedflags(win);
    const bare = await barePage(snippetOf(win));
    const widget = bare.document.querySelector('back-pain-redflags') as HTMLElement;
    expect(widget, 'the element is in the page').to.exist;
    await waitUntil(() => bare.customElements.get('back-pain-redflags'), 'the script defines the widget', { timeout: 8000 });
    await waitUntil(() => text(widget).includes('do I need to see a GP?'), 'the widget shows English', { timeout: 8000 });
    expect(text(widget).length).to.be.greaterThan(100);
    expect(text(widget)).not.to.contain('Moet ik naar de huisarts');
    expect(widget.getAttribute('contact-name')).to.equal(contactName);
    expect(bare.document.querySelector('b'), 'the contact name stays text').to.equal(null);
    expect(bare.getComputedStyle(widget).getPropertyValue('--bp-color-accent').trim()).to.equal(accent);
  });

  it("offers the widget's own file and the bundle instead of the loader, each working in a bare page", async () => {
    const win = await openConfigurator();
    await configureRedflags(win);
    setValue(win, 'script-file', 'widget');
    expect(snippetOf(win)).to.contain(`<script type="module" src="${cdnUrl('back-pain-redflags.js')}"></script>`);
    setValue(win, 'widget', 'back-pain-myths');
    expect(snippetOf(win), 'follows the widget').to.contain(`src="${cdnUrl('back-pain-myths.js')}"`);
    const bare = await barePage(snippetOf(win));
    await waitUntil(() => text(bare.document.querySelector('back-pain-myths')).length > 100, 'its own file shows the widget', { timeout: 8000 });
    setValue(win, 'script-file', 'back-pain-widgets.js');
    expect(snippetOf(win)).to.contain(`src="${cdnUrl('back-pain-widgets.js')}"`);
    setValue(win, 'script-file', 'loader.js');
    expect(snippetOf(win)).to.contain(`src="${cdnUrl('loader.js')}"`);
  });

  it('copies the snippet with one click and says so politely', async () => {
    const win = await openConfigurator();
    await configureRedflags(win);
    const clipboard = win.navigator.clipboard;
    const original = clipboard.writeText;
    const written: string[] = [];
    clipboard.writeText = (value: string) => {
      written.push(value);
      return Promise.resolve();
    };
    try {
      control(win, 'copy').click();
      await waitUntil(() => written.length === 1, 'writeText was called');
      expect(written[0]).to.equal(snippetOf(win));
      const status = win.document.getElementById('copy-status')!;
      expect(status.getAttribute('role')).to.equal('status');
      await waitUntil(() => status.textContent === 'Copied', 'the status says Copied');
    } finally {
      // The stub is an own property in front of Clipboard.prototype.writeText.
      delete (clipboard as { writeText?: unknown }).writeText;
    }
    expect(clipboard.writeText).to.equal(original);
  });

  it('selects the snippet and says to press Ctrl+C when the clipboard cannot be used', async () => {
    const win = await openConfigurator();
    await configureRedflags(win);
    const own = Object.getOwnPropertyDescriptor(win.navigator, 'clipboard');
    Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: undefined });
    try {
      control(win, 'copy').click();
      const status = win.document.getElementById('copy-status')!;
      await waitUntil(() => status.textContent!.includes('Ctrl+C'), 'the status says to press Ctrl+C');
      const area = control(win, 'snippet');
      expect(win.document.activeElement).to.equal(area);
      expect(area.readOnly).to.equal(true);
      expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
    } finally {
      if (own) Object.defineProperty(win.navigator, 'clipboard', own);
      else delete (win.navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('writes only non-default attributes: boolean bare, selects when changed', async () => {
    const win = await openConfigurator();
    const last = () => snippetOf(win).split('\n').at(-1);
    setValue(win, 'widget', 'back-pain-faq');
    expect(last()).to.equal('<back-pain-faq lang="nl"></back-pain-faq>');
    setValue(win, 'attr-open', true);
    setValue(win, 'attr-heading-level', '3');
    setValue(win, 'attr-theme', 'dark');
    expect(last()).to.equal('<back-pain-faq lang="nl" heading-level="3" theme="dark" open></back-pain-faq>');
    setValue(win, 'attr-theme', 'auto');
    setValue(win, 'attr-heading-level', '2');
    setValue(win, 'attr-open', false);
    setValue(win, 'attr-lang', '');
    expect(last()).to.equal('<back-pain-faq></back-pain-faq>');
    const widget = previewOf(win, 'back-pain-faq');
    for (const name of ['open', 'heading-level']) expect(widget.hasAttribute(name), name).to.equal(false);
    expect(snippetOf(win)).not.to.contain('<style>');
  });

  it("shows the widget's own behaviour for a bad value, and refuses a bad script address or font", async () => {
    const win = await openConfigurator();
    setValue(win, 'widget', 'back-pain-redflags');
    setValue(win, 'attr-contact-phone', 'not a number');
    const message = win.document.getElementById('attr-contact-phone-message')!;
    await waitUntil(() => !message.hidden, "the widget's warning is shown at the field", { timeout: 3000 });
    expect(message.textContent).to.contain('contact-phone="not a number" is not valid');
    expect(control(win, 'attr-contact-phone').getAttribute('aria-describedby')).to.contain('attr-contact-phone-message');
    expect(snippetOf(win)).to.contain('contact-phone="not a number"');

    setValue(win, 'font-family', 'x; } body { display: none');
    expect(control(win, 'font-family').getAttribute('aria-invalid')).to.equal('true');
    expect(snippetOf(win)).to.equal('');
    setValue(win, 'font-family', '"Open Sans", sans-serif');
    expect(snippetOf(win)).to.contain('back-pain-redflags { --bp-font-family: "Open Sans", sans-serif; }');

    setValue(win, 'script-url', 'javascript:alert(1)');
    expect(control(win, 'script-url').getAttribute('aria-invalid')).to.equal('true');
    expect(snippetOf(win)).to.equal('');
    expect(control(win, 'attr-contact-phone').getAttribute('aria-invalid'), "the widget's warning is marked too").to.equal('true');
    control(win, 'copy').click();
    expect(win.document.activeElement?.id, 'Copy leads to the field that blocks the snippet').to.equal('script-url');
    setValue(win, 'script-url', '/widgets/back-pain-widgets.js?a=1&b=2');
    expect(snippetOf(win)).to.contain('<script type="module" src="/widgets/back-pain-widgets.js?a=1&amp;b=2"></script>');
  });

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    const win = await openConfigurator(320);
    await configureRedflags(win);
    const root = win.document.documentElement;
    expect(root.scrollWidth).to.be.at.most(root.clientWidth);
  });

  it('has no accessibility violations that axe finds (WCAG 2.2 A and AA)', async function () {
    this.timeout(30000);
    const win = await openConfigurator();
    await configureRedflags(win);
    const loaded = new Promise((resolve, reject) => {
      const script = win.document.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.onload = resolve;
      script.onerror = reject;
      win.document.head.append(script);
    });
    await loaded;
    const axe = (win as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run(win.document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
    const found = result.violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
    expect(found).to.deep.equal([]);
  });
});
