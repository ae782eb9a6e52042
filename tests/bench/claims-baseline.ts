/**
 * The baseline the claim ranker is compared with in the same run: textbook
 * BM25 (k1 1.2, b 0.75) over lower-cased, unstemmed word unigrams, raw text.
 */

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A ranking function over `docs` ([id, text]) that returns the best `k` ids. */
export function baselineRanker(docs: [string, string][]): (query: string, k: number) => string[] {
  const tfs = docs.map(([, text]) => {
    const tf = new Map<string, number>();
    for (const w of words(text)) tf.set(w, (tf.get(w) ?? 0) + 1);
    return tf;
  });
  const lens = docs.map(([, text]) => words(text).length);
  const avg = lens.reduce((a, b) => a + b, 0) / Math.max(1, lens.length);
  const df = new Map<string, number>();
  for (const tf of tfs) for (const w of tf.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const postings = new Map<string, [number, number][]>();
  tfs.forEach((tf, d) => {
    for (const [w, f] of tf) {
      const n = docs.length;
      const idf = Math.log(1 + (n - (df.get(w) ?? 0) + 0.5) / ((df.get(w) ?? 0) + 0.5));
      const weight = (idf * f * 2.2) / (f + 1.2 * (0.25 + (0.75 * (lens[d] ?? 0)) / avg));
      const list = postings.get(w) ?? [];
      list.push([d, weight]);
      postings.set(w, list);
    }
  });
  return (query, k) => {
    const scores = new Map<number, number>();
    for (const w of new Set(words(query)))
      for (const [d, weight] of postings.get(w) ?? []) scores.set(d, (scores.get(d) ?? 0) + weight);
    return [...scores.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([d]) => docs[d]?.[0] ?? '');
  };
}
