/**
 * The recognition benchmark in Chromium, where the extension's goals are set:
 * entity finding at 100k aliases in ≤ 3 ms for 6,000 words, ≥ 100× faster than
 * mark.js `mark(keywords)` with 1k keywords, claim ranking ≤ 20 ms per article
 * against 10k claims, index ready ≤ 100 ms at 100k aliases.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import type { Pack } from '../../lib/dataset/types';
import { openBenchPage } from './chromium';
import { checkThatClaims, longArticle } from './match';
import type { MatchBrowserInput, MatchBrowserRow } from './match-browser-page';
import type { BenchRow } from './types';

const ROOT = resolve(import.meta.dirname, '../..');

/** Runs the recognition benchmark in Chromium; `checkThatDir` holds verified_claims.docs.tsv. */
export async function benchMatchBrowser(checkThatDir: string, runs = 15): Promise<BenchRow[]> {
  const read = (p: string): string => readFileSync(resolve(ROOT, p), 'utf8');
  const pack = JSON.parse(read('assets/pack/parallax.pack.json')) as Pack;
  const english = longArticle(
    [
      '000_416081c9e06a5122',
      '001_07d73b0ec3901f25',
      '002_62d71e0cabb55a84',
      '003_60c5f87d1834adb6',
      '004_16fb67a022dad2e2',
    ].map((s) => read(`tests/fixtures/seeds/${s}.txt`)),
  );
  const russian = longArticle([read('tests/fixtures/articles/dugina-ru.txt')]);
  const input: MatchBrowserInput = {
    articles: [
      { lang: 'en', page: english },
      { lang: 'ru', page: russian },
    ],
    bundled: { entities: pack.entities, claims: pack.claims, events: pack.events },
    claims: checkThatClaims(resolve(checkThatDir, 'verified_claims.docs.tsv')),
    runs,
  };
  const bench = await openBenchPage(resolve(ROOT, 'tests/bench/match-browser-page.ts'));
  try {
    const rows = await bench.page.evaluate(
      (arg) => (window as unknown as { benchMatch: (i: MatchBrowserInput) => MatchBrowserRow[] }).benchMatch(arg),
      input,
    );
    return rows.map((r) => {
      const ratio = r.ms / r.baselineMs;
      const goal =
        r.goalMs !== undefined
          ? `≤ ${r.goalMs} ms`
          : r.goalRatio !== undefined
            ? `≥ ${Math.round(1 / r.goalRatio)}× faster`
            : undefined;
      const pass =
        r.goalMs !== undefined ? r.ms <= r.goalMs : r.goalRatio !== undefined ? ratio <= r.goalRatio : undefined;
      return {
        name: r.name,
        ms: r.ms,
        baselineMs: r.baselineMs,
        ratio,
        ...(goal ? { goal, pass: pass ?? false } : {}),
      };
    });
  } finally {
    await bench.close();
  }
}
