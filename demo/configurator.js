// The embed configurator: pick a widget and its settings, see it live, copy the snippet.
// Widgets and their attributes come from the Custom Elements Manifest, so widgets added later
// appear here without changes. Every bit of user input reaches the page as text or as an
// attribute value (never as markup), and reaches the snippet HTML-escaped.

const $ = (id) => document.getElementById(id);
const form = $('settings');
const widgetSelect = $('widget');
const groups = $('attribute-groups');
const scriptUrl = $('script-url');
const scriptFile = $('script-file');
const snippet = $('snippet');
const copyButton = $('copy');
const copyStatus = $('copy-status');
const preview = $('preview');
const previewStatus = $('preview-status');

/** Escapes text for an HTML attribute value or text. */
function escapeHtml(text) {
  const entities = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  return String(text).replace(/[&<>"']/g, (character) => entities[character]);
}

const tagPattern = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/;
const attributePattern = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const hexPattern = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
// Font families as CSS writes them: quoted names or plain words, separated by commas. No < > { } ; \
// so that the value can never leave its declaration or the <style> element of the snippet.
const family = String.raw`(?:"[^"<>{};\\]*"|'[^'<>{};\\]*'|[\p{L}\p{N}_-]+(?: +[\p{L}\p{N}_-]+)*)`;
const fontPattern = new RegExp(String.raw`^\s*${family}(?:\s*,\s*${family})*\s*$`, 'u');

/** The few attributes every widget shares get fixed choices; the rest follow their manifest type. */
const languageOptions = [
  ['nl', 'Nederlands (nl)'],
  ['nl-BE', 'Nederlands, België (nl-BE)'],
  ['en-BE', 'English, Belgium (en-BE)'],
  ['fr', 'Français, Belgique (fr)'],
  ['en', 'English (en)'],
  ['', "The page's language (no lang attribute)"],
];

/** A default from the manifest ("'auto'", "2", "false") as a value; undefined when it is code. */
function parseDefault(text) {
  if (text === undefined) return undefined;
  const quoted = /^'(.*)'$|^"(.*)"$/.exec(text);
  if (quoted) return quoted[1] ?? quoted[2];
  if (/^-?\d+(?:\.\d+)?$/.test(text)) return text;
  if (text === 'true' || text === 'false') return text === 'true';
  return undefined;
}

/** The string literals of a type like "'tabs' | 'list'", or undefined when it is not only those. */
function literalUnion(type) {
  const parts = type
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null');
  if (parts.length < 2 || !parts.every((part) => /^'[^']*'$|^"[^"]*"$/.test(part))) return undefined;
  return parts.map((part) => part.slice(1, -1));
}

/** Reads the widgets from the manifest: tag, summary, attributes (with control kind) and token defaults. */
function readWidgets(manifest) {
  const widgets = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !tagPattern.test(declaration.tagName ?? '')) continue;
      const attributes = (declaration.attributes ?? [])
        .filter((attribute) => attributePattern.test(attribute.name ?? ''))
        .map((attribute) => {
          const type = attribute.type?.text ?? 'string';
          const fallback = parseDefault(attribute.default);
          const base = { name: attribute.name, description: attribute.description ?? '', default: fallback };
          if (attribute.name === 'lang') return { ...base, kind: 'select', options: languageOptions, initial: 'nl' };
          if (attribute.name === 'heading-level') {
            const levels = ['1', '2', '3', '4', '5', '6'].map((level) => [level, level]);
            return { ...base, kind: 'select', options: levels, default: fallback ?? '2' };
          }
          const literals = literalUnion(type);
          if (literals) {
            const values = fallback !== undefined && !literals.includes(fallback) ? [fallback, ...literals] : literals;
            return { ...base, kind: 'select', options: values.map((value) => [value, value === '' ? '(not set)' : value]) };
          }
          if (type === 'boolean' || type === 'boolean | undefined') return { ...base, kind: 'checkbox' };
          return { ...base, kind: 'text', numeric: /\bnumber\b/.test(type) };
        });
      const tokens = {};
      for (const property of declaration.cssProperties ?? []) {
        const colours = /Default: (#[0-9a-f]{6})(?: \(dark(?: theme)? (#[0-9a-f]{6})\))?/i.exec(property.description ?? '');
        if (colours) tokens[property.name] = { light: colours[1], dark: colours[2] ?? colours[1] };
      }
      const summary = declaration.summary ?? (declaration.description ?? '').split(/(?<=\.)\s/)[0];
      widgets.push({ tag: declaration.tagName, summary, attributes, tokens });
    }
  }
  return widgets;
}

/** Appends manifest prose to an element, with `code` spans as <code>: text nodes only. */
function appendProse(parent, text) {
  text
    .replace(/\s+/g, ' ')
    .trim()
    .split('`')
    .forEach((part, index) => {
      if (index % 2 === 0) parent.append(part);
      else parent.append(Object.assign(document.createElement('code'), { textContent: part }));
    });
}

function element(name, properties = {}, ...children) {
  const created = Object.assign(document.createElement(name), properties);
  created.append(...children);
  return created;
}

// ---------------------------------------------------------------------------------------------
// State

let widgets = [];
let current;
/** Values chosen per attribute name, kept when switching widgets that share an attribute. */
const chosen = new Map();
/** Attributes set on the preview element by the last render, and its tag. */
let applied = new Map();

const currentWidget = () => widgets.find((widget) => widget.tag === widgetSelect.value);

/** The value of one attribute's control, or undefined when it is the default (left out). */
function attributeValue(attribute) {
  const control = $(`attr-${attribute.name}`);
  if (!control) return undefined;
  if (attribute.kind === 'checkbox') return control.checked && attribute.default !== true ? true : undefined;
  const value = control.value;
  if (attribute.kind === 'text' && value.trim() === '') return undefined;
  return value === attribute.default || (attribute.default === undefined && value === '') ? undefined : value;
}

// ---------------------------------------------------------------------------------------------
// The form: one fieldset per group of attributes of the chosen widget

function groupOf(name) {
  if (['lang', 'theme', 'heading-level'].includes(name)) return 'general';
  if (name.startsWith('contact-')) return 'contact';
  return 'own';
}

const groupText = {
  general: ['Language and look', ''],
  own: ['Options of this widget', ''],
  contact: ['Contact details', 'Your practice or organisation, shown so that readers can reach you. The widget checks them: a value it cannot use is left out, and what it says about it appears below the field.'],
};

/** "contact-url" as "Contact URL": the attribute name itself is in the hint. */
function labelFor(name) {
  if (name === 'lang') return 'Language';
  const words = name.split('-').map((word) => (word === 'url' ? 'URL' : word));
  return words.join(' ').replace(/^./, (first) => first.toUpperCase());
}

function buildControl(attribute) {
  const id = `attr-${attribute.name}`;
  const hint = element('p', { id: `${id}-hint`, className: 'hint' });
  appendProse(hint, `\`${attribute.name}\`: ${attribute.description}`);
  const message = element('p', { id: `${id}-message`, className: 'widget-message', hidden: true });
  const describedBy = `${id}-hint ${id}-message`;
  const label = element('label', { htmlFor: id, textContent: labelFor(attribute.name) });
  const stored = chosen.get(attribute.name);
  let control;
  if (attribute.kind === 'checkbox') {
    control = element('input', { type: 'checkbox', id, checked: stored === true });
    control.setAttribute('aria-describedby', describedBy);
    return element('div', { className: 'field checkbox' }, element('div', { className: 'check' }, control, label), hint, message);
  }
  if (attribute.kind === 'select') {
    control = element('select', { id });
    for (const [value, text] of attribute.options) {
      const suffix = value === attribute.default && attribute.name !== 'lang' ? ' (default)' : '';
      control.append(element('option', { value, textContent: text + suffix }));
    }
    const values = attribute.options.map(([value]) => value);
    control.value = values.includes(stored) ? stored : (attribute.initial ?? attribute.default ?? values[0]);
  } else {
    const type = attribute.name.endsWith('-phone') ? 'tel' : attribute.name.endsWith('-url') ? 'url' : 'text';
    control = element('input', { type, id, value: typeof stored === 'string' ? stored : '', spellcheck: false });
    control.setAttribute('autocomplete', 'off');
    if (attribute.numeric) control.inputMode = 'numeric';
  }
  control.setAttribute('aria-describedby', describedBy);
  return element('div', { className: 'field' }, label, hint, control, message);
}

function buildAttributeForm(widget) {
  groups.replaceChildren();
  for (const group of ['general', 'own', 'contact']) {
    const attributes = widget.attributes.filter((attribute) => groupOf(attribute.name) === group);
    if (attributes.length === 0) continue;
    const [legend, intro] = groupText[group];
    const fieldset = element('fieldset', {}, element('legend', { textContent: legend }));
    if (intro) fieldset.append(element('p', { className: 'hint', textContent: intro }));
    fieldset.append(...attributes.map(buildControl));
    groups.append(fieldset);
  }
  const hint = $('widget-hint');
  hint.replaceChildren();
  appendProse(hint, widget.summary);
}

// ---------------------------------------------------------------------------------------------
// Colours, font and script address: validated here, because they go into CSS and a URL

const colourRows = [...document.querySelectorAll('.colour[data-token]')];
const fontInput = $('font-family');

function showError(input, errorElement, text) {
  errorElement.textContent = text;
  errorElement.hidden = !text;
  if (text) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

function expandHex(value) {
  const hex = value.trim().toLowerCase();
  return hex.length === 4 ? `#${[...hex.slice(1)].map((digit) => digit + digit).join('')}` : hex;
}

/** The chosen theme values: { styles: [[property, value]] of the changed ones, errors: [input] }. */
function readTheme() {
  const styles = [];
  const errors = [];
  for (const row of colourRows) {
    const hexInput = row.querySelector('input[type="text"]');
    const error = row.querySelector('.error');
    if (!hexPattern.test(hexInput.value.trim())) {
      showError(hexInput, error, 'Write the colour as # and 6 hexadecimal digits, for example #6b2c91.');
      errors.push(hexInput);
      continue;
    }
    showError(hexInput, error, '');
    const value = expandHex(hexInput.value);
    if (value !== row.dataset.default) styles.push([row.dataset.token, value]);
  }
  const font = fontInput.value.trim();
  const fontOk = font === '' || (fontPattern.test(font) && CSS.supports('font-family', font));
  showError(fontInput, $('font-family-error'), fontOk ? '' : 'Write font names separated by commas, for example "Open Sans", Arial, sans-serif. Only letters, digits, spaces, hyphens and quotes.');
  if (!fontOk) errors.push(fontInput);
  else if (font) styles.push([fontInput.dataset.token, font]);
  return { styles, errors };
}

/** The script address for the snippet, or undefined with an error shown. */
function readScriptUrl() {
  const value = scriptUrl.value.trim();
  let ok = false;
  try {
    const url = new URL(value, location.href);
    const absolute = /^https?:\/\//i.test(value);
    const rootPath = value.startsWith('/') && !value.startsWith('//');
    ok = (absolute || rootPath) && (url.protocol === 'https:' || url.protocol === 'http:') && !/[\s<>"'`]/.test(value);
  } catch {
    ok = false;
  }
  showError(scriptUrl, $('script-url-error'), ok ? '' : 'Give an address starting with https:// or http://, or a path starting with /.');
  return ok ? value : undefined;
}

// Contrast of the theme colours, in each colour scheme the reader can get.
function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(one, two) {
  const [light, dark] = [luminance(one), luminance(two)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

function checkContrast(widget, styles, theme) {
  const list = $('contrast-list');
  list.replaceChildren();
  const set = new Map(styles);
  const schemes = theme === 'light' || theme === 'dark' ? [theme] : ['light', 'dark'];
  const pairs = [
    ['--bp-color-text', '--bp-color-background', 'Text on the background'],
    ['--bp-color-accent', '--bp-color-background', 'Links (accent) on the background'],
    ['--bp-color-on-accent', '--bp-color-accent', 'Button text on the accent colour'],
  ];
  for (const scheme of schemes) {
    const colour = (token) => set.get(token) ?? widget.tokens[token]?.[scheme];
    for (const [front, back, what] of pairs) {
      if (!set.has(front) && !set.has(back)) continue;
      const [one, two] = [colour(front), colour(back)];
      if (!one || !two) continue;
      const ratio = contrast(one, two);
      if (ratio >= 4.5) continue;
      const where = schemes.length > 1 ? ` in the ${scheme} theme` : '';
      list.append(element('li', { textContent: `${what}: ${ratio.toFixed(1)}:1${where}.` }));
    }
  }
  if (schemes.length > 1 && list.children.length > 0) {
    list.append(element('li', { textContent: 'With theme auto, readers with a dark system setting see your colours too: choose theme light or dark, or other colours.' }));
  }
  $('contrast').hidden = list.children.length === 0;
}

// ---------------------------------------------------------------------------------------------
// The snippet

/** The snippet: script tag, a style rule if the theme changed, and the element with its attributes. */
function buildSnippet({ url, tag, attributes, styles }) {
  const lines = [`<script type="module" src="${escapeHtml(url)}"></script>`];
  if (styles.length > 0) {
    // Colours are #hex and fonts passed fontPattern: nothing here can end the <style> element.
    lines.push('<style>', `  ${tag} { ${styles.map(([property, value]) => `${property}: ${value};`).join(' ')} }`, '</style>');
  }
  const written = attributes.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`));
  lines.push(`<${tag}${written.join('')}></${tag}>`);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// The preview: the element itself, with the same attributes and custom properties

/** Shows what a widget logs about a bad attribute value under that attribute's field. */
const originalWarn = console.warn;
console.warn = (...args) => {
  originalWarn.apply(console, args);
  const text = String(args[0] ?? '');
  const match = /^<([a-z0-9-]+)>: ([a-z0-9-]+)="/.exec(text);
  if (!match || match[1] !== current?.tag) return;
  const message = $(`attr-${match[2]}-message`);
  if (!message) return;
  message.textContent = `The widget says: ${text.slice(match[0].length - match[2].length - 2)}`;
  message.hidden = false;
  $(`attr-${match[2]}`)?.setAttribute('aria-invalid', 'true');
};

function clearWidgetMessage(name) {
  const message = $(`attr-${name}-message`);
  if (message) {
    message.hidden = true;
    message.textContent = '';
  }
  $(`attr-${name}`)?.removeAttribute('aria-invalid');
}

let definedCheck = 0;

function renderPreview(widget, attributes, styles) {
  const wanted = new Map(attributes.map(([name, value]) => [name, value === true ? '' : value]));
  let target = preview.firstElementChild;
  // An attribute going back to its default means a fresh element: removing it would hand the
  // widget a null, which is not what a page without the attribute gives.
  const removed = [...applied.keys()].some((name) => !wanted.has(name));
  if (!target || target.localName !== widget.tag || removed) {
    target = document.createElement(widget.tag);
    applied = new Map();
    widget.attributes.forEach((attribute) => clearWidgetMessage(attribute.name));
    preview.replaceChildren(target);
    watchDefinition(widget.tag);
  }
  for (const [name, value] of wanted) {
    if (applied.get(name) === value) continue;
    clearWidgetMessage(name);
    target.setAttribute(name, value);
  }
  applied = wanted;
  const set = new Map(styles);
  for (const token of [...colourRows.map((row) => row.dataset.token), fontInput.dataset.token]) {
    if (set.has(token)) target.style.setProperty(token, set.get(token));
    else target.style.removeProperty(token);
  }
}

/** Says so when the bundle does not define the widget: not built, or a widget not in it. */
function watchDefinition(tag) {
  const check = ++definedCheck;
  if (customElements.get(tag)) {
    previewStatus.textContent = '';
    return;
  }
  const timeout = new Promise((resolve) => setTimeout(() => resolve(false), 5000));
  Promise.race([customElements.whenDefined(tag).then(() => true), timeout]).then((defined) => {
    if (check !== definedCheck) return;
    previewStatus.textContent = defined
      ? ''
      : `<${tag}> did not load: /dist/cdn/back-pain-widgets.js is missing (run npm run build) or does not contain it.`;
  });
}

// ---------------------------------------------------------------------------------------------
// Update everything from the form

/** The first field that keeps the snippet from being made, if any. */
let blockingField;

function update() {
  const widget = currentWidget();
  if (!widget) return;
  current = widget;
  const attributes = [];
  // In the order of the form: language and look, the widget's options, contact details.
  const order = ['general', 'own', 'contact'];
  const sorted = [...widget.attributes].sort((a, b) => order.indexOf(groupOf(a.name)) - order.indexOf(groupOf(b.name)));
  for (const attribute of sorted) {
    const control = $(`attr-${attribute.name}`);
    if (control) chosen.set(attribute.name, attribute.kind === 'checkbox' ? control.checked : control.value);
    const value = attributeValue(attribute);
    if (value !== undefined) attributes.push([attribute.name, value]);
  }
  const { styles, errors } = readTheme();
  const url = readScriptUrl();
  renderPreview(widget, attributes, styles);
  checkContrast(widget, styles, $('attr-theme')?.value ?? 'auto');

  // Only these block the snippet; a widget's own warnings (also marked red) do not.
  blockingField = [...errors, ...(url ? [] : [scriptUrl])][0];
  const snippetOk = !blockingField;
  const problem = $('snippet-problem');
  problem.hidden = snippetOk;
  problem.textContent = snippetOk ? '' : 'No snippet yet: correct the fields marked in red first.';
  snippet.value = snippetOk ? buildSnippet({ url, tag: widget.tag, attributes, styles }) : '';
  fitSnippet();
  copyStatus.textContent = '';
}

/** Makes the snippet's box as tall as its text, wrapped at the current width. */
function fitSnippet() {
  snippet.style.height = '';
  snippet.style.height = `${snippet.scrollHeight + snippet.offsetHeight - snippet.clientHeight}px`;
}
addEventListener('resize', fitSnippet);

function setStatus(text) {
  copyStatus.textContent = '';
  // A fresh text, a moment later, is announced again even when it is the same as before.
  setTimeout(() => (copyStatus.textContent = text), 50);
}

copyButton.addEventListener('click', async () => {
  if (blockingField) {
    blockingField.focus();
    setStatus('Nothing copied: correct the fields marked in red first.');
    return;
  }
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(snippet.value);
    setStatus('Copied');
  } catch {
    snippet.focus();
    snippet.select();
    setStatus('Your browser did not let this page copy. The snippet is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.');
  }
});

// Colour picker and hex code follow each other.
for (const row of colourRows) {
  const [picker, hex] = row.querySelectorAll('input');
  picker.addEventListener('input', () => (hex.value = picker.value));
  hex.addEventListener('input', () => {
    if (hexPattern.test(hex.value.trim())) picker.value = expandHex(hex.value);
  });
}

$('reset-theme').addEventListener('click', () => {
  for (const row of colourRows) for (const input of row.querySelectorAll('input')) input.value = row.dataset.default;
  fontInput.value = '';
  update();
});

/** Puts the chosen file's name at the end of the script address, keeping the folder. */
function useScriptFile() {
  const file = scriptFile.value === 'widget' ? `${widgetSelect.value}.js` : scriptFile.value;
  scriptUrl.value = scriptUrl.value.trim().replace(/[^/]*$/, file);
}

widgetSelect.addEventListener('change', () => {
  buildAttributeForm(currentWidget());
  if (scriptFile.value === 'widget') useScriptFile();
  update();
});
scriptFile.addEventListener('change', useScriptFile);
form.addEventListener('input', (event) => {
  if (event.target !== widgetSelect) update();
});
form.addEventListener('change', (event) => {
  if (event.target !== widgetSelect) update();
});
form.addEventListener('submit', (event) => event.preventDefault());

async function start() {
  scriptUrl.value = new URL('/dist/cdn/loader.js', location.href).href;
  try {
    const response = await fetch(new URL('/custom-elements.json', location.href));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    widgets = readWidgets(await response.json());
    if (widgets.length === 0) throw new Error('it lists no widgets');
  } catch (error) {
    const message = $('load-error');
    message.textContent = `The list of widgets (/custom-elements.json) could not be read: ${error.message}.`;
    message.hidden = false;
    document.documentElement.dataset.configurator = 'error';
    return;
  }
  for (const widget of widgets) widgetSelect.append(element('option', { value: widget.tag, textContent: `<${widget.tag}>` }));
  if (widgets.some((widget) => widget.tag === 'back-pain-redflags')) widgetSelect.value = 'back-pain-redflags';
  // The colour defaults of the manifest win over those written in the page.
  for (const row of colourRows) {
    const fallback = widgets[0].tokens[row.dataset.token]?.light;
    if (fallback) {
      row.dataset.default = fallback.toLowerCase();
      for (const input of row.querySelectorAll('input')) input.value = row.dataset.default;
    }
  }
  buildAttributeForm(currentWidget());
  update();
  document.documentElement.dataset.configurator = 'ready';
}

start();
