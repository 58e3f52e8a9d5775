/**
 * One printed row of the benchmark: a single value, or min/median/max of repeated runs. The target is a ceiling,
 * or a floor where `higherIsBetter` (scores).
 * @typedef {{ id: string, label: string, unit: 'ms' | 'KB' | 'MB' | 'count' | 'score', target?: number,
 *   higherIsBetter?: boolean, value?: number, min?: number, median?: number, max?: number, runs?: number,
 *   note?: string }} Figure
 */

/** @param {number[]} samples */
export function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  return { min: sorted[0], median, max: sorted[sorted.length - 1], value: median, runs: samples.length }
}
