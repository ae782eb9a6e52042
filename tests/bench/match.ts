/**
 * Matcher benchmark: entity finding on ~6,000-word English and Russian articles
 * at the bundled pack, 10k and 100k aliases; claim ranking against 10k claims;
 * index compile and restore at 100k aliases. Every row has a baseline measured
 * in the same run: mark.js `mark(keywords)` with 1k keywords on the same
 * article (happy-dom), or one bare pass over the text. The measured functions
 * are pure, so the same code can run in Chromium.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Pack } from '../../lib/dataset/types';
import {
  compileIndex,
  loadIndex,
  matchPage,
  serializeIndex,
  type MatchData,
  type MatchIndex,
} from '../../lib/match/index';
import type { PageText, TextSpan } from '../../lib/match/types';
import { synthClaims, synthEntities } from './match-synth';
import { barePass, median, time } from './measure';
import type { BenchRow } from './types';

/** Where the articles and the bundled pack are read from. */
export interface BenchMatchOptions {
  root?: string;
  /** Repetitions per measurement (the median is reported). */
  runs?: number;
  /** CheckThat 2020 verified_claims.docs.tsv, read in place (third-party data is never copied). */
  checkThat?: string;
}

/** Claims from the CheckThat 2020 verified-claims file, or none when it is absent. */
export function checkThatClaims(path: string): MatchData['claims'] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => l.split('\t'))
    .map(([id, vclaim, title]) => ({
      id: `ct-${id ?? ''}`,
      eventId: 'checkthat',
      statement: vclaim ?? '',
      hints: { terms: title ? [title] : [], entityIds: [] },
    }));
}

const WORDS_PER_ARTICLE = 6000;

/** A ~6,000-word article built by repeating paragraphs of the given texts. */
export function longArticle(texts: string[]): PageText {
  const paragraphs = texts.flatMap((t) => t.split('\n').filter((l) => l.trim()));
  const blocks: TextSpan[] = [];
  let text = '';
  let words = 0;
  for (let i = 0; words < WORDS_PER_ARTICLE; i++) {
    const p = paragraphs[i % paragraphs.length] ?? '';
    blocks.push({ start: text.length, end: text.length + p.length });
    text += p + '\n';
    words += p.split(/\s+/).length;
  }
  return { text, blocks };
}

async function markJsMs(page: PageText, keywords: string[], runs: number): Promise<number> {
  const { Window } = await import('happy-dom');
  const { default: Mark } = await import('mark.js');
  const window = new Window();
  const document = window.document;
  // mark.js reads the global window and document (https://github.com/julmot/mark.js/blob/master/src/lib/mark.js).
  const globals = globalThis as unknown as Record<string, unknown>;
  const names = ['window', 'document', 'NodeFilter', 'Node', 'NodeList', 'HTMLElement', 'Element', 'Text'] as const;
  const saved = names.map((n) => globals[n]);
  const win = window as unknown as Record<string, unknown>;
  names.forEach((n) => (globals[n] = n === 'window' ? window : win[n]));
  const root = document.createElement('article');
  document.body.appendChild(root);
  const build = (): void => {
    root.replaceChildren();
    for (const b of page.blocks) {
      const p = document.createElement('p');
      p.textContent = page.text.slice(b.start, b.end);
      root.appendChild(p);
    }
  };
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    build();
    const marker = new Mark(root as unknown as HTMLElement);
    const t0 = performance.now();
    // One call per keyword: given the whole array, mark.js chains a callback per
    // keyword and overflows the stack near 800 keywords; per keyword it does the
    // same work. Diacritics off is its faster setting.
    for (const keyword of keywords)
      marker.mark(keyword, { separateWordSearch: false, accuracy: 'exactly', diacritics: false });
    xs.push(performance.now() - t0);
  }
  names.forEach((n, i) => (globals[n] = saved[i]));
  await window.happyDOM.close();
  return median(xs);
}

/**
 * Calls of `matchPage` before a row is timed. The first calls after an index is compiled run code the engine
 * has not optimised yet and collect the compile's garbage (a 6,000-word page took 32 to 40 ms in them, 20 to 24
 * after); a service worker reading page after page is past them.
 */
const WARM_UP = 10;

/**
 * Timed calls of the full matcher: a 6,000-word page allocates about 7 MB, so a collection falls in one call
 * of three or four, and the median of 15 calls moved by 6 ms between runs of the bench.
 */
const MATCH_RUNS = 41;

function row(name: string, ms: number, baselineMs: number, goal?: string, pass?: boolean): BenchRow {
  return { name, ms, baselineMs, ratio: ms / baselineMs, ...(goal !== undefined ? { goal, pass: pass ?? false } : {}) };
}

/** Runs the matcher benchmark and returns one row per measurement. */
export async function benchMatch(opts: BenchMatchOptions = {}): Promise<BenchRow[]> {
  const root = opts.root ?? resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const runs = opts.runs ?? 15;
  const read = (p: string): string => readFileSync(resolve(root, p), 'utf8');
  const fixtures = [
    'lpr-refusal',
    'dugina-killing',
    'casualty-figures',
    'rosgvardia-refusals',
    'filatyev',
    'kharkiv-counteroffensive',
  ];
  const english = longArticle([
    ...['000_416081c9e06a5122', '001_07d73b0ec3901f25'].map((s) => read(`tests/fixtures/seeds/${s}.txt`)),
    ...fixtures.map((f) => read(`tests/fixtures/articles/${f}.txt`)),
  ]);
  const russian = longArticle([read('tests/fixtures/articles/dugina-ru.txt')]);
  let bundled: Pack;
  try {
    bundled = JSON.parse(read('assets/pack/parallax.pack.json')) as Pack;
  } catch {
    bundled = JSON.parse(read('tests/fixtures/match-pack.json')) as Pack;
  }
  const bundledData: MatchData = { entities: bundled.entities, claims: bundled.claims, events: bundled.events };
  const rows: BenchRow[] = [];
  const bareEn = time(runs, () => barePass(english.text));
  const bareRu = time(runs, () => barePass(russian.text));
  // The full matcher runs first, with only its own index in memory, as in the background: the 100k-alias
  // indexes below would otherwise stay alive beside it and make its garbage collection slower.
  const claimSets: [string, MatchData['claims'], boolean][] = [
    [
      '10k real claims (CheckThat 2020)',
      checkThatClaims(opts.checkThat ?? resolve(root, '../shared/benchmarks/checkthat2020/verified_claims.docs.tsv')),
      true,
    ],
    ['10k synthetic claims, 50-word vocabulary (worst case)', synthClaims(10_000), false],
  ];
  for (const [label, claims, withGoal] of claimSets) {
    if (claims.length === 0) continue;
    const claimsIndex = compileIndex({ ...bundledData, claims: [...bundled.claims, ...claims] });
    for (const [lang, page, bareMs] of [
      ['en', english, bareEn],
      ['ru', russian, bareRu],
    ] as const) {
      const ms = time(Math.max(runs, MATCH_RUNS), () => matchPage(claimsIndex, page), WARM_UP);
      rows.push(
        row(
          `matchPage ${lang} 6k words, ${label} vs bare pass`,
          ms,
          bareMs,
          withGoal ? '≤ 20 ms' : undefined,
          withGoal ? ms <= 20 : undefined,
        ),
      );
    }
  }
  const e100k = synthEntities(100_000);
  const packs: [string, MatchData][] = [
    ['bundled pack', bundledData],
    ['10k aliases', { entities: [...bundled.entities, ...synthEntities(10_000)], claims: [] }],
    ['100k aliases', { entities: [...bundled.entities, ...e100k], claims: [] }],
  ];
  const keywords = e100k
    .slice(0, 250)
    .flatMap((e) => e.aliases.map((a) => a.text))
    .slice(0, 1000);
  const markEn = await markJsMs(english, keywords, 3);
  const markRu = await markJsMs(russian, keywords, 3);
  let big: MatchIndex | null = null;
  for (const [name, data] of packs) {
    const index = compileIndex(data);
    if (name === '100k aliases') big = index;
    for (const [lang, page, markMs, bareMs] of [
      ['en', english, markEn, bareEn],
      ['ru', russian, markRu, bareRu],
    ] as const) {
      const ms = time(runs, () => matchPage(index, page, { claims: false }), WARM_UP);
      const at100k = name === '100k aliases';
      rows.push(
        row(
          `entities ${lang} 6k words, ${name} vs mark.js 1k keywords`,
          ms,
          markMs,
          '≥100× faster (ratio ≤ 0.01)',
          ms / markMs <= 0.01,
        ),
      );
      rows.push(
        row(
          `entities ${lang} 6k words, ${name} vs bare pass`,
          ms,
          bareMs,
          at100k ? '≤ 3 ms (Chromium; Node indicative)' : undefined,
          at100k ? ms <= 3 : undefined,
        ),
      );
    }
  }
  const data100k = packs[2]?.[1] ?? bundledData;
  const compileMs = time(2, () => compileIndex(data100k));
  const serialized = serializeIndex(big ?? compileIndex(data100k));
  const cloneMs = time(5, () => structuredClone(serialized));
  const loadMs = time(5, () => loadIndex(structuredClone(serialized)));
  const jsonParseMs = time(3, () => JSON.parse(JSON.stringify(data100k)));
  rows.push(row('index compile, 100k aliases vs JSON round trip of the same entities', compileMs, jsonParseMs));
  rows.push(
    row(
      'index ready (structured clone + loadIndex), 100k aliases vs structured clone alone',
      loadMs,
      cloneMs,
      '≤ 100 ms',
      loadMs <= 100,
    ),
  );
  return rows;
}

async function main(): Promise<void> {
  const rows = await benchMatch();
  for (const r of rows) {
    const verdict = r.goal ? ` goal ${r.goal}: ${r.pass ? 'PASS' : 'FAIL'}` : '';
    console.log(
      `${r.name.padEnd(92)} ${r.ms.toFixed(3).padStart(9)} ms  baseline ${r.baselineMs.toFixed(3).padStart(9)} ms  ratio ${r.ratio.toFixed(4)}${verdict}`,
    );
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void main();
