/**
 * `npm run bench`: every performance goal, each printed as a ratio to a
 * baseline measured in the same run, with PASS/FAIL against the goal.
 * Usage: npm run bench [-- --checkthat DIR] [--readability DIR] [--only NAME,…]
 * Sections: pack (dataset loading, Chromium), match (recognition, Node and
 * Chromium), page (the built extension on a 6,000-word article, Chromium),
 * quiet (its cost on pages with nothing to show, with and without it, Chromium),
 * real (long tasks on the saved real pages, with and without it, Chromium).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { benchExtensionPage } from './extension-page';
import { benchMatch } from './match';
import { benchMatchBrowser } from './match-browser';
import { benchPackLoad } from './pack-load';
import { benchQuietPages } from './quiet-pages';
import { benchRealPages } from './real-pages';
import type { BenchRow } from './types';

const { values } = parseArgs({
  options: {
    checkthat: { type: 'string', default: resolve('../shared/benchmarks/checkthat2020') },
    only: { type: 'string' },
    readability: { type: 'string', default: resolve('../shared/fixtures/readability') },
  },
});

const sections: [string, () => Promise<BenchRow[]>][] = [
  ['pack', () => benchPackLoad({})],
  ['match', () => benchMatch({ checkThat: resolve(values.checkthat ?? '', 'verified_claims.docs.tsv') })],
  ['match-browser', () => benchMatchBrowser(values.checkthat ?? '')],
  ['page', () => benchExtensionPage()],
  ['quiet', () => benchQuietPages()],
  ['real', () => benchRealPages(values.readability ?? '')],
];

function format(ms: number): string {
  return ms < 10 ? ms.toFixed(2) : ms.toFixed(0);
}

async function main(): Promise<void> {
  const only = values.only?.split(',');
  const rows: BenchRow[] = [];
  for (const [name, run] of sections) {
    if (only && !only.includes(name)) continue;
    console.log(`\n== ${name}`);
    for (const row of await run()) {
      rows.push(row);
      const verdict = row.goal ? `  goal ${row.goal}: ${row.pass ? 'PASS' : 'FAIL'}` : '';
      console.log(
        `${row.name}\n    ${format(row.ms)} ms vs baseline ${format(row.baselineMs)} ms → ratio ${row.ratio.toFixed(3)}${verdict}`,
      );
    }
  }
  const failed = rows.filter((r) => r.goal && !r.pass);
  console.log(`\n${rows.filter((r) => r.goal).length - failed.length} goals met, ${failed.length} missed.`);
  if (failed.length > 0) process.exitCode = 1;
}

void main();
