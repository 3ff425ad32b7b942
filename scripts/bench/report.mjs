/** The results as Markdown: what `npm run bench` prints and writes to bench/results.md. */

const ms = (value) => (value === null ? 'n/a' : `${value} ms`);
/** A median in ms, saying how many runs it stands for when some did not record the measure. */
const medianMs = ({ median, samples, missing }) => (missing ? `${ms(median)} (${samples.length} of ${samples.length + missing} runs)` : ms(median));
const mb = (value) => (value === null ? 'n/a' : `${value} MB`);
const times = (value) => (value === null ? 'n/a' : `${value}×`);
const table = (header, rows) =>
  [`| ${header.join(' | ')} |`, `| ${header.map((_, column) => (column === 0 ? '---' : '---:')).join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

function renderTable({ runs, widgetPage, plainPage, ratio }) {
  const row = (label, measure, unit) => {
    const shown = unit === ms ? medianMs : ({ median }) => unit(median);
    return [label, shown(widgetPage[measure]), shown(plainPage[measure]), times(ratio[measure])];
  };
  return [
    `**Every widget (drop-in bundle) against plain HTML with the same text**, ${runs} alternating runs, each in a fresh browser context; times from navigation start:`,
    '',
    table(
      ['measure', 'widget page', 'plain HTML', 'widget / plain'],
      [
        row('first contentful paint', 'fcp', ms),
        row('largest contentful paint', 'lcp', ms),
        row('all content in the DOM (widgets: every `updateComplete` resolved; plain: HTML parsed)', 'ready', ms),
        row('main thread done with the next frame (rAF, then setTimeout 0)', 'nextFrame', ms),
        row('JS heap after garbage collection', 'heapMB', mb),
      ],
    ),
  ].join('\n');
}

/** Part 1b: three widgets through the loader, from the bundle and rendered on the server, against plain HTML. */
export function loaderTable({ runs, loader, bundle, server, plain, ratio: toPlain }) {
  const row = (label, measure) => [
    label,
    medianMs(loader[measure]),
    medianMs(bundle[measure]),
    medianMs(server[measure]),
    medianMs(plain[measure]),
    times(toPlain.loader[measure]),
    times(toPlain.bundle[measure]),
    times(toPlain.server[measure]),
  ];
  return [
    `**Three widgets (red flags, lifting, timeline) through \`loader.js\`, from the bundle, and rendered on the server with \`@lit-labs/ssr\` (declarative shadow DOM, then hydrated by a module with Lit's hydration support and the widgets' npm modules), against plain HTML with the same text**, ${runs} alternating runs, each in a fresh browser context; times from navigation start. The server-rendered page shows the plain page's text with JavaScript off, and hydrates keeping every element the server sent:`,
    '',
    table(
      ['measure', 'loader', 'bundle', 'server-rendered', 'plain HTML', 'loader / plain', 'bundle / plain', 'server-rendered / plain'],
      [row('first contentful paint', 'fcp'), row('every widget shows its texts (server-rendered: hydrated)', 'ready')],
    ),
  ].join('\n');
}

/** Part 1c: the loader and server-rendered pages on a throttled phone, with each page's waterfall. */
export function phoneTable({ runs, phone, goals, transports }) {
  const pageTables = ({ transport, loader, preload, server, plain, ratio: toPlain, waterfalls }) => {
    const row = (label, measure) => [
      label,
      medianMs(loader[measure]),
      medianMs(preload[measure]),
      medianMs(server[measure]),
      medianMs(plain[measure]),
      times(toPlain.loader[measure]),
      times(toPlain.preload[measure]),
      times(toPlain.server[measure]),
    ];
    const files = (name) =>
      table(
        ['file', 'start', 'end'],
        waterfalls[name].map(({ file, startMs, endMs }) => [`\`${file}\``, ms(startMs), ms(endMs)]),
      );
    return [
      `Served with ${transport}:`,
      '',
      table(
        ['measure', 'loader', 'loader + preload links', 'server-rendered', 'plain HTML', 'loader / plain', 'loader + preload / plain', 'server-rendered / plain'],
        [row('first contentful paint', 'fcp'), row("every widget's content painted (server-rendered: before hydration)", 'contentPainted')],
      ),
      '',
      ...[
        ['loader', 'loader page'],
        ['preload', 'loader page with preload links'],
        ['server', 'server page'],
        ['plain', 'plain page'],
      ].flatMap(([name, label]) => [`Waterfall of the ${label}, ${transport} (last run, ms from navigation start):`, '', files(name), '']),
    ];
  };
  return [
    `**The same three widgets on a phone**: CPU ${phone.cpuSlowdown}× slower, ${phone.roundTripMs} ms round trip, ${phone.downloadKbps / 1000} Mbit/s down, ${phone.uploadKbps} kbit/s up (Chromium's DevTools protocol), ${runs} alternating runs, each in a fresh browser context. Goals: loader page within ${goals.loader}× of plain HTML, server-rendered page within ${goals.server}×, for "every widget's content painted". "Loader + preload links" is the loader page with a \`<link rel="modulepreload">\` for each file the loader fetches (from \`dist/cdn/files.json\`), as the WordPress plugin prints them.`,
    '',
    ...transports.flatMap(pageTables),
  ].join('\n').trimEnd();
}

function scaleTable(scale, counts, runs) {
  const perCount = (instances, key) => counts.map((count) => instances[count][key].median).join(' / ');
  return [
    `**${counts.join(', ')} instances of one widget** (its own file), ${runs} runs each; time until every \`updateComplete\` resolved, from navigation start:`,
    '',
    table(
      ['widget', `render ${counts.join(' / ')} (ms)`, 'ms per extra instance', `JS heap ${counts.join(' / ')} (MB)`, 'kB per extra instance'],
      scale.map(({ tag, instances, growth }) => [
        `\`<${tag}>\``,
        perCount(instances, 'readyMs'),
        growth.msPerExtraInstance,
        perCount(instances, 'heapMB'),
        growth.kBPerExtraInstance,
      ]),
    ),
  ].join('\n');
}

function interactionLine({ runs, clickToOutcomeFrameMs: { median, min, max }, eventTimingMs }) {
  return [
    `**Interaction**: in \`<back-pain-redflags>\`, from the click on the last question's answer until the main thread is done with the frame that shows the outcome card: median ${ms(median)} (${min}–${max} ms, ${runs} runs).`,
    `Event Timing, from the click to that frame on screen (8 ms steps, events under 16 ms unreported): median ${ms(eventTimingMs.median)}, in ${eventTimingMs.runsWithAnEntry} of ${runs} runs.`,
  ].join(' ');
}

function lighthouseTable(results, url) {
  return [
    `**Lighthouse** ${results[0].lighthouseVersion} on ${url}, throttling method \`${results[0].throttling}\`, median of ${results[0].runs} runs per preset:`,
    '',
    table(
      ['preset', 'performance', 'accessibility', 'best practices', 'SEO', 'CLS', 'total blocking time', 'FCP', 'LCP'],
      results.map(({ preset, scores, cumulativeLayoutShift, totalBlockingTimeMs, firstContentfulPaintMs, largestContentfulPaintMs }) => [
        preset,
        scores.performance,
        scores.accessibility,
        scores['best-practices'],
        scores.seo,
        cumulativeLayoutShift,
        ms(totalBlockingTimeMs),
        ms(firstContentfulPaintMs),
        ms(largestContentfulPaintMs),
      ]),
    ),
  ].join('\n');
}

function problemsLines({ pageProblems, render, loader, scale }) {
  const empty = [...new Set([...render.emptyWidgets, ...(loader?.emptyWidgets ?? []), ...scale.filter((widget) => widget.emptyInstances > 0).map((widget) => widget.tag)])];
  if (pageProblems.length === 0 && empty.length === 0) {
    return 'No console error or warning, uncaught exception or failed request in any page, and every widget rendered.';
  }
  return [
    '**Problems seen in the pages:**',
    '',
    ...empty.map((tag) => `- \`<${tag}>\` rendered nothing`),
    ...pageProblems.map(({ page, kind, text, count }) => `- ${page}: ${kind} (${count}×): ${text}`),
  ].join('\n');
}

/**
 * The whole report: when and where it was taken, then one table per part.
 * @param {object} results as written to bench/results.json
 * @returns {string}
 */
export function toMarkdown(results) {
  const { date, machine, settings } = results;
  return [
    `Taken on ${date.slice(0, 10)} on ${machine.cpu} (${machine.cores} cores, ${machine.memoryGB} GB), ${machine.os}, headless Chromium ${machine.chromium}, Node ${machine.node}; viewport ${settings.viewport.width}×${settings.viewport.height}, Dutch. Medians; 1 MB = 10⁶ bytes.`,
    renderTable(results.render),
    ...(results.loader ? [loaderTable(results.loader)] : []),
    ...(results.phone ? [phoneTable(results.phone)] : []),
    scaleTable(results.scale, settings.scaleCounts, settings.scaleRuns),
    interactionLine(results.interaction),
    lighthouseTable(results.lighthouse, settings.lighthouseUrl),
    problemsLines(results),
  ].join('\n\n') + '\n';
}
