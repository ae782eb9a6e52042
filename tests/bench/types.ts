/** One measured row of a benchmark: the subject, a baseline measured in the same run, and their ratio. */
export interface BenchRow {
  name: string;
  /** Median milliseconds of the subject. */
  ms: number;
  /** Median milliseconds of the baseline, measured in the same run. */
  baselineMs: number;
  /** `ms / baselineMs`. */
  ratio: number;
  /** The goal in words, such as `< 2000 ms`. */
  goal?: string;
  pass?: boolean;
}
