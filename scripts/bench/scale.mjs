/** Part 2: how render time and memory grow with 1, 10 and 100 instances of one widget. */
import { instancesPage } from './pages.mjs';
import { loadAndMeasure } from './measure.mjs';
import { withFreshPage } from './browser.mjs';
import { ratio, round, summarise } from './stats.mjs';

/** What each instance beyond the first adds, from the medians at the fewest and the most instances. */
function growth(byCount, counts) {
  const fewest = byCount[counts[0]];
  const most = byCount[counts.at(-1)];
  const extra = counts.at(-1) - counts[0];
  return {
    msPerExtraInstance: round((most.readyMs.median - fewest.readyMs.median) / extra, 2),
    kBPerExtraInstance: round(((most.heapMB.median - fewest.heapMB.median) * 1000) / extra, 1),
    timeRatio: ratio(most.readyMs.median, fewest.readyMs.median),
    heapRatio: ratio(most.heapMB.median, fewest.heapMB.median),
  };
}

/**
 * Loads each widget's page with each count of instances, `runs` times, in a fresh browser
 * context each time. Each round goes through the pages in the opposite order to the one before,
 * so no page always follows the same one.
 * @returns {Promise<object[]>} per widget: medians of render time (until every `updateComplete`
 *   resolved, from navigation start) and JS heap after GC per count, and the growth
 */
export async function benchScale({ browser, origin, problems, tags, counts, runs }) {
  const configurations = tags.flatMap((tag) => counts.map((count) => ({ tag, count, samples: [] })));
  for (let pass = 0; pass < runs; pass++) {
    const order = pass % 2 === 0 ? configurations : [...configurations].reverse();
    for (const { tag, count, samples } of order) {
      const label = `scale: ${count} × ${tag}`;
      samples.push(await withFreshPage(browser, problems, label, (page) => loadAndMeasure(page, origin + instancesPage(tag, count))));
    }
  }
  return tags.map((tag) => {
    const own = configurations.filter((configuration) => configuration.tag === tag);
    const byCount = Object.fromEntries(
      own.map(({ count, samples }) => [count, { readyMs: summarise(samples, 'ready'), heapMB: summarise(samples, 'heapMB', 2) }]),
    );
    const emptyInstances = own.flatMap(({ samples }) => samples.flatMap((sample) => sample.empty)).length;
    return { tag, instances: byCount, growth: growth(byCount, counts), emptyInstances };
  });
}
