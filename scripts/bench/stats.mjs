/** Small statistics for noisy samples: medians, not means, so one slow run does not move them. */

/** Rounds to `digits` decimals. */
export const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The median of the numbers among `values` (undefined ones are skipped), or `null` when there are none. */
export function median(values) {
  const sorted = values.filter((value) => typeof value === 'number').sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The median, minimum and maximum of one measure over a set of runs, with every sample, and how
 * many runs did not record it (`missing`), so a report can say the median stands for fewer runs.
 * @param {object[]} runs
 * @param {string} key
 * @param {number} [digits]
 */
export function summarise(runs, key, digits = 1) {
  const samples = runs.map((run) => run[key]).filter((value) => typeof value === 'number');
  const middle = median(samples);
  return {
    median: middle === null ? null : round(middle, digits),
    min: samples.length ? round(Math.min(...samples), digits) : null,
    max: samples.length ? round(Math.max(...samples), digits) : null,
    samples: samples.map((value) => round(value, digits)),
    missing: runs.length - samples.length,
  };
}

/** `a / b` to two decimals, or `null` when either is missing. */
export const ratio = (a, b) => (a === null || b === null || b === 0 ? null : round(a / b, 2));
