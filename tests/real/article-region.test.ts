// Runs the page layer over real saved pages (Mozilla Readability's test pages,
// read from PARALLAX_READABILITY_DIR, default ../shared/fixtures/readability):
// the article text found must cover the text Readability extracts (recall) and
// add little else (precision); highlighting random spans must leave the page
// text unchanged and removeAll must restore the DOM exactly.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { findArticleRegion } from '@/lib/page/article';
import { Highlighter } from '@/lib/page/highlighter';
import { readPageText } from '@/lib/page/text-map';
import type { HighlightHit, PageText } from '@/lib/page/types';

import { allNodes, parseDocument, snapshot } from '../unit/page/dom-snapshot';
import { READABILITY_DIR, savedPages } from './saved-pages';
import { sharedWords, words } from './word-overlap';

const DIR = READABILITY_DIR;
const pages = savedPages().sort();

/** Pages whose expected article (without code and formulas) is shorter than this may be judged "not an article" (null). */
const SHORT_EXPECTED_WORDS = 150;
/** Per article page: share of expected words found, and share of found words that are expected. */
const MIN_RECALL = 0.8;
const MIN_PRECISION = 0.7;

interface Row {
  page: string;
  expectedWords: number;
  found: boolean;
  recall: number;
  precision: number;
  ms: number;
  marks: number;
}
const rows: Row[] = [];

// Deterministic pseudo-random numbers, so a failure can be replayed.
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

// Claim-like spans (a stretch of a block) with entity-like spans (one word) inside, as the matcher would send.
function randomHits(page: PageText, seed: number, count: number): HighlightHit[] {
  const next = random(seed);
  const hits: HighlightHit[] = [];
  const blocks = page.blocks.filter((block) => block.end - block.start > 20);
  for (let index = 0; index < count && blocks.length > 0; index += 1) {
    const block = blocks[Math.floor(next() * blocks.length)];
    if (!block) break;
    const length = block.end - block.start;
    const start = block.start + Math.floor(next() * length * 0.5);
    const end = Math.min(block.end, start + 10 + Math.floor(next() * 200));
    hits.push({ kind: 'claim', id: `claim-${index}`, eventId: `event-${index}`, start, end });
    const word = /[\p{L}\p{N}]+/u.exec(page.text.slice(start, end));
    if (word)
      hits.push({
        kind: 'entity',
        id: `entity-${index}`,
        start: start + word.index,
        end: start + word.index + word[0].length,
      });
  }
  return hits;
}

describe.runIf(pages.length > 0)(`real pages in ${DIR}`, () => {
  afterAll(() => {
    const table = rows.map((row) =>
      [
        row.page.padEnd(42),
        String(row.expectedWords).padStart(6),
        row.found ? 'yes' : 'null',
        row.recall.toFixed(2),
        row.precision.toFixed(2),
        row.ms.toFixed(1).padStart(7),
        String(row.marks).padStart(5),
      ].join('  '),
    );
    console.log(['page'.padEnd(42), ' words', 'found', 'recall', 'prec', '     ms', 'marks'].join('  '));
    console.log(table.join('\n'));
  });

  it.each(pages)('%s: article text, exact restore', async (name) => {
    const source = readFileSync(join(DIR, name, 'source.html'), 'utf8');
    const expectedHtml = readFileSync(join(DIR, name, 'expected.html'), 'utf8');
    const metadataPath = join(DIR, name, 'expected-metadata.json');
    const metadata = existsSync(metadataPath)
      ? (JSON.parse(readFileSync(metadataPath, 'utf8')) as { title?: string })
      : {};
    const expectedDocument = parseDocument(expectedHtml);
    // Code, preformatted text and formulas are left out of the article text by design.
    for (const element of expectedDocument.querySelectorAll('pre, code, kbd, samp, math, svg')) element.remove();
    const expected = words(expectedDocument.body.textContent ?? '');
    const document = parseDocument(source);

    const started = performance.now();
    const region = findArticleRegion(document);
    const reading = region ? readPageText(region) : null;
    const ms = performance.now() - started;

    const extracted = reading ? words(reading.page.text) : [];
    // Readability moves the headline into metadata; the headline is article text for us.
    const expectedWithTitle = [...expected, ...words(metadata.title ?? '')];
    const row: Row = {
      page: name,
      expectedWords: expected.length,
      found: region !== null,
      recall: expected.length ? sharedWords(extracted, expected) / expected.length : 1,
      precision: extracted.length ? sharedWords(extracted, expectedWithTitle) / extracted.length : 1,
      ms,
      marks: 0,
    };
    rows.push(row);
    if (!region || !reading) {
      expect(expected.length, 'only pages with a short expected article may be judged not an article').toBeLessThan(
        SHORT_EXPECTED_WORDS,
      );
      return;
    }
    if (expected.length >= SHORT_EXPECTED_WORDS) {
      expect(row.recall, 'share of the expected article text found').toBeGreaterThanOrEqual(MIN_RECALL);
      expect(row.precision, 'share of the found text that is article text').toBeGreaterThanOrEqual(MIN_PRECISION);
    }

    for (const block of reading.page.blocks)
      expect(reading.page.text.slice(block.start, block.end)).not.toContain('\n\n');
    const before = snapshot(document.documentElement);
    const nodesBefore = allNodes(document.documentElement);
    const textBefore = document.documentElement.textContent;
    const highlighter = new Highlighter(document, { maxHighlights: 120 });
    const hits = randomHits(reading.page, name.length * 7919, 60);
    const report = await highlighter.apply(reading.map, hits);
    row.marks = report.drawn.reduce((sum, entry) => sum + entry.marks.length, 0);
    for (const entry of report.drawn) {
      expect(entry.marks.map((mark) => mark.textContent).join(''), `${entry.hit.id} draws its own text`).toBe(
        reading.page.text.slice(entry.hit.start, entry.hit.end).replace(/\n\n/g, ''),
      );
    }
    expect(document.documentElement.textContent).toBe(textBefore);
    highlighter.removeAll();
    expect(document.querySelector('parallax-mark, style[data-parallax]')).toBeNull();
    expect(snapshot(document.documentElement)).toBe(before);
    const nodesAfter = allNodes(document.documentElement);
    expect(nodesAfter.length).toBe(nodesBefore.length);
    expect(nodesAfter.every((node, index) => node === nodesBefore[index])).toBe(true);
  });

  it('finds the article on article pages with high mean recall and precision', () => {
    const articles = rows.filter((row) => row.expectedWords >= SHORT_EXPECTED_WORDS);
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
    const recall = mean(articles.map((row) => row.recall));
    const precision = mean(articles.map((row) => row.precision));
    console.log(
      `${articles.length} article pages: mean recall ${recall.toFixed(3)}, mean precision ${precision.toFixed(3)}; ${rows.length - articles.length} short pages`,
    );
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.every((row) => row.found)).toBe(true);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });
});
