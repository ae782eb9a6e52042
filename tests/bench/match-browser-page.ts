/**
 * Bundled into a Chromium page by `match-browser.ts`: entity finding and claim
 * ranking with exactly the extension's engine, next to mark.js and a bare pass
 * over the same text, all in the same page.
 */
import Mark from 'mark.js';

import { compileIndex, loadIndex, matchPage, serializeIndex, type MatchData } from '../../lib/match/index';
import type { PageText } from '../../lib/match/types';
import { synthEntities } from './match-synth';
import { barePass, time } from './measure';

/** What the driver sends in. */
export interface MatchBrowserInput {
  articles: { lang: string; page: PageText }[];
  bundled: MatchData;
  claims: MatchData['claims'];
  runs: number;
}

/** One measurement in milliseconds, with its baseline. */
export interface MatchBrowserRow {
  name: string;
  ms: number;
  baselineMs: number;
  goalMs?: number;
  goalRatio?: number;
}

function markJs(page: PageText, keywords: string[]): number {
  const root = document.createElement('article');
  for (const b of page.blocks) {
    const p = document.createElement('p');
    p.textContent = page.text.slice(b.start, b.end);
    root.append(p);
  }
  document.body.append(root);
  const marker = new Mark(root);
  const t0 = performance.now();
  // One call per keyword: mark(array) chains a callback per keyword and overflows the stack near 800.
  for (const keyword of keywords)
    marker.mark(keyword, { separateWordSearch: false, accuracy: 'exactly', diacritics: false });
  const ms = performance.now() - t0;
  root.remove();
  return ms;
}

function run(input: MatchBrowserInput): MatchBrowserRow[] {
  const rows: MatchBrowserRow[] = [];
  const e100k = synthEntities(100_000);
  const keywords = e100k
    .slice(0, 250)
    .flatMap((e) => e.aliases.map((a) => a.text))
    .slice(0, 1000);
  const sets: [string, MatchData][] = [
    ['bundled pack', input.bundled],
    ['10k aliases', { entities: [...input.bundled.entities, ...synthEntities(10_000)], claims: [] }],
    ['100k aliases', { entities: [...input.bundled.entities, ...e100k], claims: [] }],
  ];
  for (const { lang, page } of input.articles) {
    const markMs = markJs(page, keywords);
    const bareMs = time(input.runs, () => barePass(page.text));
    for (const [label, data] of sets) {
      const index = compileIndex(data);
      const ms = time(input.runs, () => matchPage(index, page, { claims: false }));
      rows.push({
        name: `Chromium: entities ${lang} 6k words, ${label} vs mark.js mark(1k keywords)`,
        ms,
        baselineMs: markMs,
        goalRatio: 0.01,
      });
      rows.push({
        name: `Chromium: entities ${lang} 6k words, ${label} vs one bare pass`,
        ms,
        baselineMs: bareMs,
        ...(label === '100k aliases' ? { goalMs: 3 } : {}),
      });
    }
    if (input.claims.length > 0) {
      const index = compileIndex({ ...input.bundled, claims: [...input.bundled.claims, ...input.claims] });
      const ms = time(input.runs, () => matchPage(index, page));
      rows.push({
        name: `Chromium: matchPage ${lang} 6k words vs 10k claims, vs one bare pass`,
        ms,
        baselineMs: bareMs,
        goalMs: 20,
      });
    }
  }
  const data100k = sets[2]?.[1] ?? input.bundled;
  const serialized = serializeIndex(compileIndex(data100k));
  const cloneMs = time(5, () => structuredClone(serialized));
  const loadMs = time(5, () => loadIndex(structuredClone(serialized)));
  rows.push({
    name: 'Chromium: index ready (structured clone + loadIndex), 100k aliases vs clone alone',
    ms: loadMs,
    baselineMs: cloneMs,
    goalMs: 100,
  });
  return rows;
}

(window as unknown as { benchMatch: typeof run }).benchMatch = run;
