// @ts-check
/** Order statistics of the benchmark's samples. */

/** The q-quantile (0…1) of numbers, nearest-rank. */
export function quantile(/** @type {number[]} */ values, /** @type {number} */ q) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return /** @type {number} */ (sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]);
}

/** Median, min and max of the samples, as the report prints them. */
export function summary(/** @type {number[]} */ values) {
  return { median: quantile(values, 0.5), min: Math.min(...values), max: Math.max(...values), n: values.length };
}

/** Runs `measure` `times` times in turn and keeps the measure of median `ms` (a single sample of a short step is noisy). */
export async function medianMeasure(/** @type {number} */ times, /** @type {() => Promise<any>} */ measure) {
  const all = [];
  for (let i = 0; i < times; i++) all.push(await measure());
  return all.sort((a, b) => a.ms - b.ms)[Math.floor(times / 2)];
}
