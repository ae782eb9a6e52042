/**
 * `npm run bench:claims -- [--claims TSV] [--queries TSV] [--qrels FILE] [--split dev|train|dev,train] [--k1 N] [--b N] [--hint-tf N]`
 * Ranks verified claims for each tweet of CheckThat! 2020 task 2 with
 * `rankClaims` and prints MAP@5, MRR and P@1 and ms/query, beside a baseline
 * measured in the same run (unstemmed BM25, unigrams only, raw tweet text).
 * The data is read from ../shared/benchmarks (never copied into the repository).
 */
import { readFileSync } from 'node:fs';

import type { Claim } from '../../lib/dataset/types';
import { compileIndex, rankClaims } from '../../lib/match/index';
import { prepareRanking } from '../../lib/match/rank';
import { baselineRanker } from './claims-baseline';

const ROOT = '../shared/benchmarks/checkthat2020';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function readTsv(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => l.split('\t'));
}

function readQrels(path: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [qid, , docid, rel] = line.trim().split(/\s+/);
    if (!qid || !docid || rel === '0') continue;
    const set = out.get(qid) ?? new Set<string>();
    set.add(docid);
    out.set(qid, set);
  }
  return out;
}

interface Scores {
  map5: number;
  mrr: number;
  p1: number;
  msPerQuery: number;
}

/** MAP@5, MRR and P@1 of a ranker over the queries that have relevant claims. */
function evaluate(queries: string[][], qrels: Map<string, Set<string>>, rank: (text: string) => string[]): Scores {
  let ap = 0;
  let rr = 0;
  let p1 = 0;
  let n = 0;
  const t0 = performance.now();
  for (const [qid, text] of queries) {
    const relevant = qrels.get(qid ?? '');
    if (!relevant) continue;
    const ranked = rank(text ?? '');
    n++;
    let hits = 0;
    let sumPrec = 0;
    ranked.slice(0, 5).forEach((id, i) => {
      if (!relevant.has(id)) return;
      hits++;
      sumPrec += hits / (i + 1);
    });
    ap += sumPrec / Math.min(relevant.size, 5);
    const first = ranked.findIndex((id) => relevant.has(id));
    if (first >= 0) rr += 1 / (first + 1);
    if (ranked[0] !== undefined && relevant.has(ranked[0])) p1++;
  }
  const ms = performance.now() - t0;
  return { map5: ap / n, mrr: rr / n, p1: p1 / n, msPerQuery: ms / Math.max(1, n) };
}

/** Dev split MAP@5 the ranker must reach. */
const GOAL_MAP5 = 0.88;

function main(): void {
  const given = arg('--queries');
  // Name the split after the queries given (…/train/tweets.queries.tsv), else --split (one or a comma list), else dev.
  const splits = given
    ? [given.match(/(?:^|[\\/])(dev|train|test)[\\/]/)?.[1] ?? 'dev']
    : (arg('--split') ?? 'dev').split(',');
  const claimsPath = arg('--claims') ?? `${ROOT}/verified_claims.docs.tsv`;
  const docs = readTsv(claimsPath);
  const claims: Claim[] = docs.map(([id, vclaim, title]) => ({
    id: id ?? '',
    eventId: 'checkthat',
    statement: vclaim ?? '',
    hints: { terms: title ? [title] : [], entityIds: [] },
  }));
  const t0 = performance.now();
  // --k1, --b, --hint-tf override the index defaults, to tune on the training split.
  const tuning = Object.fromEntries(
    (['k1', 'b', 'hintTf'] as const).flatMap((k) => {
      const v = arg(k === 'hintTf' ? '--hint-tf' : `--${k}`);
      return v === undefined ? [] : [[k, Number(v)]];
    }),
  );
  const index = compileIndex({ entities: [], claims }, tuning);
  const compileMs = performance.now() - t0;
  // What ranking builds on its first call is timed apart, so ms/query is the cost of a suggestion.
  const t1 = performance.now();
  prepareRanking(index);
  const prepareMs = performance.now() - t1;
  const baseline = baselineRanker(docs.map(([id, vclaim, title]) => [id ?? '', `${vclaim ?? ''} ${title ?? ''}`]));
  const row = (name: string, s: Scores): string =>
    `${name.padEnd(34)} MAP@5 ${s.map5.toFixed(4)}  MRR ${s.mrr.toFixed(4)}  P@1 ${s.p1.toFixed(4)}  ${s.msPerQuery.toFixed(3)} ms/query`;
  console.log(
    `${claims.length} claims: index compiled in ${compileMs.toFixed(0)} ms, ranking caches built in ${prepareMs.toFixed(0)} ms`,
  );
  for (const split of splits) {
    const queries = readTsv(given ?? `${ROOT}/${split}/tweets.queries.tsv`);
    const qrels = readQrels(arg('--qrels') ?? `${ROOT}/${split}/tweet-vclaim-pairs.qrels`);
    const ours = evaluate(queries, qrels, (text) => rankClaims(index, text, 5).map((r) => r.claimId));
    const base = evaluate(queries, qrels, (text) => baseline(text, 5));
    const goal = split === 'dev' ? `; goal MAP@5 ≥ ${GOAL_MAP5}: ${ours.map5 >= GOAL_MAP5 ? 'PASS' : 'FAIL'}` : '';
    console.log(`CheckThat! 2020 task 2, ${split}: ${qrels.size} queries with relevant claims`);
    console.log(row('baseline (BM25, unstemmed, raw)', base));
    console.log(row('rankClaims', ours));
    console.log(
      `ratio rankClaims/baseline: MAP@5 ×${(ours.map5 / base.map5).toFixed(3)}, ms/query ×${(ours.msPerQuery / base.msPerQuery).toFixed(2)}${goal}`,
    );
  }
}

main();
