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

/** The mean of a list of numbers. */
export function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/**
 * One-sided permutation test: the share of random relabellings of `a` and `b` together whose mean of the first
 * `a.length` values exceeds the rest's by at least as much as `a`'s mean exceeds `b`'s. A small value says `a` is
 * larger by more than chance gives; with a fixed seed the answer is the same at every run.
 */
export function permutationPValue(a: readonly number[], b: readonly number[], rounds = 20_000, seed = 1): number {
  const all = [...a, ...b];
  const observed = mean(a) - mean(b);
  let state = seed >>> 0;
  // mulberry32: small, seedable and good enough to draw permutations.
  const random = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const total = all.reduce((sum, v) => sum + v, 0);
  let atLeast = 0;
  for (let r = 0; r < rounds; r++) {
    // Fisher-Yates over the first a.length places only: they are the relabelled `a`.
    for (let i = 0; i < a.length; i++) {
      const j = i + Math.floor(random() * (all.length - i));
      [all[i], all[j]] = [all[j] as number, all[i] as number];
    }
    let sum = 0;
    for (let i = 0; i < a.length; i++) sum += all[i] as number;
    const first = sum / a.length;
    const rest = (total - sum) / b.length;
    // A tolerance for sums of floats that are equal in exact arithmetic.
    if (first - rest >= observed - 1e-9) atLeast += 1;
  }
  return (atLeast + 1) / (rounds + 1);
}
