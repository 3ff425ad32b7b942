/**
 * Measuring in the page. The functions marked "in the page" are sent to the browser by
 * Puppeteer, so they use nothing from this module.
 */

/** How long a page may take to render its widgets before the benchmark gives up. */
const RENDER_TIMEOUT_MS = 30_000;

/** How long to wait, once the widgets are ready, for the paint timings of frames already drawn. */
const PAINT_TIMEOUT_MS = 5_000;

/**
 * In the page, before its own scripts run (the plain page has none): records the first and the
 * largest contentful paint, when every custom element on the page has finished updating
 * and shows its texts (`ready`; for a page without widgets, when its HTML is parsed), and when the main thread is
 * done with the next frame (`nextFrame`). All in ms from navigation start. The paint timings
 * include raster and presentation, so they can come later than `nextFrame`. Widgets that
 * rendered nothing are listed in `empty`.
 */
export function recordRenderTimes() {
  // The main thread is done with a frame once a task queued from its animation frame runs.
  const afterNextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const bench = { afterNextFrame, empty: [] };
  window.__bench = bench;

  new PerformanceObserver((list) => {
    const entry = list.getEntriesByName('first-contentful-paint')[0];
    if (entry) bench.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    bench.lcp = list.getEntries().at(-1).startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });

  // `updateComplete` resolves false when the update asked for another one: wait for that too.
  // Texts that load as a chunk (through the loader) arrive after the first update: wait for them.
  const settle = async (element) => {
    while (!(await element.updateComplete) || !element.shadowRoot?.querySelector('.widget')) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  document.addEventListener('DOMContentLoaded', async () => {
    const elements = [...document.querySelectorAll('*')].filter((element) => element.localName.includes('-'));
    const tags = [...new Set(elements.map((element) => element.localName))];
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    await Promise.all(elements.map(settle));
    bench.ready = performance.now();
    await afterNextFrame();
    bench.nextFrame = performance.now();
    bench.empty = elements.filter((element) => !element.shadowRoot?.childElementCount).map((element) => element.localName);
  });
}

/**
 * Loads `url` in `page` and measures it.
 * @returns {Promise<{ fcp: number, lcp: number, ready: number, nextFrame: number, heapMB: number, empty: string[] }>}
 */
export async function loadAndMeasure(page, url) {
  await page.evaluateOnNewDocument(recordRenderTimes);
  await page.goto(url, { waitUntil: 'load' });
  try {
    await page.waitForFunction(() => window.__bench.nextFrame !== undefined, { timeout: RENDER_TIMEOUT_MS });
  } catch {
    throw new Error(`${url}: the widgets did not finish rendering within ${RENDER_TIMEOUT_MS / 1000} s`);
  }
  // Paint timings are reported once the frame is on screen, which in headless Chromium can be
  // well after the page is ready (seen: 60 ms). A run without them would be dropped from the
  // medians, and a page that paints late would lose its slowest runs: wait for them.
  const painted = await page
    .waitForFunction(() => window.__bench.fcp !== undefined && window.__bench.lcp !== undefined, { timeout: PAINT_TIMEOUT_MS })
    .then(() => true, () => false);
  const times = await page.evaluate(async () => {
    // Largest contentful paint is reported a frame or two after the paint it stands for.
    await window.__bench.afterNextFrame();
    await window.__bench.afterNextFrame();
    const { fcp, lcp, ready, nextFrame, empty } = window.__bench;
    return { fcp, lcp, ready, nextFrame, empty };
  });
  if (!painted) console.warn(`${url}: no ${times.fcp === undefined ? 'first' : 'largest'} contentful paint within ${PAINT_TIMEOUT_MS / 1000} s of the widgets being ready; the run counts without it`);
  return { ...times, heapMB: await heapAfterGarbageCollection(page) };
}

/** JS heap in use by the page, in MB (10⁶ bytes), after a full garbage collection. */
async function heapAfterGarbageCollection(page) {
  const session = await page.createCDPSession();
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize / 1e6;
}

/**
 * In the page: the rendered widgets as static HTML, for the plain page. Each widget becomes a
 * `<div>` holding its shadow root's markup, without styles, scripts, Lit's comment markers or
 * elements the widget hides (`display: none`); closed `<details>` keep their content, as
 * static HTML would. Form fields keep the values they show, drawings their size and line style.
 * @returns {{ html: string, elements: number }}
 */
export function flattenWidgets() {
  const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
  const escapeText = (text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  const escapeAttribute = (value) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  let elements = 0;

  // What the reader sees of a form field lives in its properties, not its attributes.
  const fieldState = (element) => {
    if (element.type === 'radio' || element.type === 'checkbox') return element.checked ? { checked: '' } : {};
    return { value: element.value };
  };
  // A drawing's size and line style come from the widget's CSS; as attributes they need no CSS.
  const drawingStyle = (svg) => {
    const { width, height } = svg.getBoundingClientRect();
    const style = getComputedStyle(svg);
    const lines = { fill: style.fill, stroke: style.stroke, 'stroke-width': style.strokeWidth, 'stroke-linecap': style.strokeLinecap, 'stroke-linejoin': style.strokeLinejoin };
    return width > 0 ? { width: String(Math.round(width)), height: String(Math.round(height)), ...lines } : lines;
  };
  const shownState = (element) => {
    if (element.localName === 'input') return fieldState(element);
    if (element.localName === 'option') return element.selected ? { selected: '' } : {};
    if (element.localName === 'svg') return drawingStyle(element);
    return {};
  };
  const attributesOf = (element) => {
    if (element.shadowRoot) return '';
    const attributes = { ...Object.fromEntries([...element.attributes].map(({ name, value }) => [name, value])), ...shownState(element) };
    return Object.entries(attributes).map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  };

  const serialize = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return escapeText(node.data);
    if (node.nodeType !== Node.ELEMENT_NODE) return '';
    const name = node.localName;
    if (name === 'style' || name === 'script') return '';
    if (name === 'slot') return (node.assignedNodes().length ? node.assignedNodes() : [...node.childNodes]).map(serialize).join('');
    if (node instanceof HTMLElement && getComputedStyle(node).display === 'none') return '';
    elements += 1;
    const tag = node.shadowRoot ? 'div' : name;
    const open = `<${tag}${attributesOf(node)}>`;
    if (VOID_ELEMENTS.has(tag)) return open;
    const content = name === 'textarea' ? escapeText(node.value) : [...(node.shadowRoot ?? node).childNodes].map(serialize).join('');
    return `${open}${content}</${tag}>`;
  };
  const html = [...document.querySelector('main').childNodes].map(serialize).join('');
  return { html, elements };
}
