/**
 * Character 3- and 4-gram cosine between a query and claim texts, for the
 * second ranking stage. Word terms miss what the stemmer cannot fold
 * (migrants/immigrants, Trumpers, bedbugs/bed bugs, fotos, a hashtag glued
 * into one word); shared letter sequences still see them, and across word
 * edges they also reward short shared phrases. Grams are hashed into a fixed
 * table (feature hashing, https://en.wikipedia.org/wiki/Feature_hashing), so
 * the per-pack statistics are one small typed array built on first use, and
 * scoring a claim allocates nothing.
 */
import type { Claim } from '../dataset/types';
import { createTokens, tokenize, type Tokens } from './tokenize';

/** 2^18 buckets: on the 10k CheckThat claims, more buckets change no ranking measure. */
const BUCKET_BITS = 18;
const BUCKETS = 1 << BUCKET_BITS;
const BUCKET_MASK = BUCKETS - 1;
const COUNT_MAX = 0xffff;

/** Gram statistics of a pack's claims, with scratch space for scoring against them. */
export interface GramStats {
  /** Claims counted. */
  n: number;
  /** Bucket → number of claims with a gram hashed there (saturating). */
  df: Uint16Array;
  /** Scratch: the current query's unit vector, dense. */
  query: Float32Array;
  /** Scratch: gram counts of the text being scored. */
  counts: Uint16Array;
  /** Scratch: the buckets `counts` holds. */
  used: Int32Array;
  toks: Tokens;
}

/**
 * Adds the bucket of every 3- and 4-gram of `text` to `stats.counts` and
 * lists each new one in `stats.used`; returns how many are listed. Grams run
 * over the folded words (case and accents dropped, apostrophes removed)
 * joined by one space and padded with one, so they see word edges.
 */
function countGrams(stats: GramStats, text: string, weightless = false): number {
  const toks = tokenize(text, stats.toks);
  let s = ' ';
  for (let t = 0; t < toks.count; t++) s += (toks.norm[t] ?? '') + ' ';
  toks.count = 0;
  let used = 0;
  const add = (b: number): void => {
    const n = stats.counts[b] as number;
    if (n === 0) stats.used[used++] = b;
    if (n < COUNT_MAX && !(weightless && n > 0)) stats.counts[b] = n + 1;
  };
  for (let i = 0; i + 3 <= s.length; i++) {
    // FNV-1a over the 3-gram, extended by one character for the 4-gram.
    let h = 0x811c9dc5;
    for (let j = i; j < i + 3; j++) h = Math.imul(h ^ s.charCodeAt(j), 0x01000193);
    add((h >>> 0) & BUCKET_MASK);
    if (i + 4 <= s.length) add((Math.imul(h ^ s.charCodeAt(i + 3), 0x01000193) >>> 0) & BUCKET_MASK);
  }
  return used;
}

/** The text a claim is compared on: its statement and hint terms. */
export function claimText(claim: Claim): string {
  return claim.hints.terms.length > 0 ? `${claim.statement} ${claim.hints.terms.join(' ')}` : claim.statement;
}

/** Counts, for each bucket, the claims that contain it (about 0.2 s for 10k claims). */
export function gramStats(claims: readonly Claim[]): GramStats {
  const stats: GramStats = {
    n: claims.length,
    df: new Uint16Array(BUCKETS),
    query: new Float32Array(BUCKETS),
    counts: new Uint16Array(BUCKETS),
    used: new Int32Array(BUCKETS),
    toks: createTokens(64),
  };
  for (const claim of claims) {
    const used = countGrams(stats, claimText(claim), true);
    for (let k = 0; k < used; k++) {
      const b = stats.used[k] as number;
      stats.counts[b] = 0;
      if ((stats.df[b] as number) < COUNT_MAX) stats.df[b] = (stats.df[b] as number) + 1;
    }
  }
  return stats;
}

/** TF-IDF weight of a bucket seen `tf` times: (1 + ln tf) × idf, 0 for a bucket no claim has. */
function weight(stats: GramStats, bucket: number, tf: number): number {
  const d = stats.df[bucket] as number;
  return d === 0 || tf <= 0 ? 0 : (tf >= 1 ? 1 + Math.log(tf) : tf) * Math.log(stats.n / d);
}

/**
 * The cosine between the query `parts` (each text's grams counted at its
 * weight) and each of `texts`, in order.
 */
export function gramCosines(
  stats: GramStats,
  parts: readonly { text: string; weight: number }[],
  texts: readonly string[],
): number[] {
  // The query's weighted counts, gathered bucket by bucket into the dense query vector.
  const buckets: number[] = [];
  for (const { text, weight: w } of parts) {
    const used = countGrams(stats, text);
    for (let k = 0; k < used; k++) {
      const b = stats.used[k] as number;
      if (stats.query[b] === 0) buckets.push(b);
      stats.query[b] = (stats.query[b] as number) + w * (stats.counts[b] as number);
      stats.counts[b] = 0;
    }
  }
  let norm = 0;
  for (const b of buckets) {
    const w = weight(stats, b, stats.query[b] as number);
    stats.query[b] = w;
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  const out = texts.map((text) => {
    const used = countGrams(stats, text);
    let dot = 0;
    let len = 0;
    for (let k = 0; k < used; k++) {
      const b = stats.used[k] as number;
      const w = weight(stats, b, stats.counts[b] as number);
      stats.counts[b] = 0;
      dot += w * (stats.query[b] as number);
      len += w * w;
    }
    return norm > 0 && len > 0 ? dot / (norm * Math.sqrt(len)) : 0;
  });
  for (const b of buckets) stats.query[b] = 0;
  return out;
}
