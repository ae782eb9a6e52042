/**
 * Timing helpers shared by every benchmark, in Node and in the pages the
 * Chromium benchmarks bundle (so nothing here may import a Node module).
 */

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * Median milliseconds of `runs` calls of `fn`, after `warmUp` calls: code the engine has not yet optimised,
 * and the garbage of whatever ran before, would be measured in the first ones.
 */
export function time(runs: number, fn: () => void, warmUp = 1): number {
  for (let i = 0; i < warmUp; i++) fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

/** One bare pass over the text: the least any scanner must pay. */
export function barePass(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h + text.charCodeAt(i)) | 0;
  return h;
}
