// Property tests of the highlighter: on random documents with random hit sets
// (overlapping, nested, touching, empty, across blocks), drawing never changes the
// page's text, every highlight covers exactly its hit's words, and undoing gives
// back the very same DOM: same nodes, same attributes, same separate text nodes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { Highlighter } from '@/lib/page/highlighter';
import { STYLE_ATTRIBUTE } from '@/lib/page/mark-styles';
import { NON_PHRASING_PARENTS } from '@/lib/page/site-rules';
import { readPageText, type TextMap } from '@/lib/page/text-map';
import type { ApplyReport, ArticleRegion, HighlightHit } from '@/lib/page/types';

import { allNodes, snapshot } from './dom-snapshot';
import { hitSpecsArb, mount, resolveHits, treeArb } from './random-dom';

const SEED = 20_260_521;
const RUNS = 200;

/** The page as it was before anything was drawn. */
interface Original {
  region: ArticleRegion;
  text: string;
  bodyText: string;
  tree: string;
  nodes: Node[];
  sheets: readonly CSSStyleSheet[];
}

function setUp(children: Parameters<typeof mount>[1]): { original: Original; map: TextMap } {
  const root = mount(document, children);
  const region: ArticleRegion = { root, headline: null, source: 'semantic' };
  const { page, map } = readPageText(region);
  const html = document.documentElement;
  return {
    original: {
      region,
      text: page.text,
      bodyText: document.body.textContent ?? '',
      tree: snapshot(html),
      nodes: allNodes(html),
      sheets: [...document.adoptedStyleSheets],
    },
    map,
  };
}

/**
 * The words a hit's marks should show: its span without block separators and
 * without the layout whitespace between table rows and list items, which the
 * highlighter deliberately leaves unwrapped.
 */
function wordsOf(map: TextMap, hit: HighlightHit): string {
  return map
    .pieces(hit.start, hit.end)
    .filter((piece) => {
      const layout = NON_PHRASING_PARENTS.has(piece.node.parentElement?.tagName ?? '');
      return !(layout && piece.node.data.slice(piece.start, piece.end).trim() === '');
    })
    .map((piece) => piece.node.data.slice(piece.start, piece.end))
    .join('');
}

/** What a reader sees while highlights are drawn: the same text, each highlight on exactly its words. */
function expectDrawnCorrectly(original: Original, drawn: ApplyReport['drawn'], words: Map<HighlightHit, string>): void {
  expect(document.body.textContent).toBe(original.bodyText);
  expect(readPageText(original.region).page.text).toBe(original.text);
  const all = [...document.querySelectorAll('parallax-mark')];
  expect(all.length).toBe(drawn.reduce((sum, entry) => sum + entry.marks.length, 0));
  for (const { hit, marks } of drawn) {
    // A hit reported as drawn is one the reader can see (the side panel lists it, "reveal" scrolls to it).
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.map((mark) => mark.textContent).join('')).toBe(words.get(hit));
    for (const mark of marks) {
      expect(mark.isConnected).toBe(true);
      expect(mark.getAttribute('data-parallax-kind')).toBe(hit.kind);
      expect(mark.getAttribute('data-parallax-id')).toBe(hit.id);
      expect(mark.getAttribute('data-parallax-event')).toBe(hit.kind === 'claim' ? (hit.eventId ?? null) : null);
      // Two entities on the same words would stack underlines: an entity never sits inside an entity.
      if (hit.kind === 'entity')
        expect(mark.parentElement?.closest('parallax-mark[data-parallax-kind="entity"]') ?? null).toBeNull();
    }
  }
  // Drawn spans never cross: any two are apart or one holds the other.
  for (const a of drawn) {
    for (const b of drawn) {
      if (a === b || a.hit.end <= b.hit.start || b.hit.end <= a.hit.start) continue;
      const nested =
        (a.hit.start >= b.hit.start && a.hit.end <= b.hit.end) ||
        (b.hit.start >= a.hit.start && b.hit.end <= a.hit.end);
      expect(nested && !(a.hit.kind === 'entity' && b.hit.kind === 'entity')).toBe(true);
    }
  }
}

/** After undoing: the exact original DOM, node for node, and nothing of ours left. */
function expectRestored(original: Original): void {
  expect(document.body.textContent).toBe(original.bodyText);
  expect(snapshot(document.documentElement)).toBe(original.tree);
  const nodes = allNodes(document.documentElement);
  expect(nodes.length).toBe(original.nodes.length);
  expect(nodes.every((node, index) => node === original.nodes[index])).toBe(true);
  expect(document.querySelector('parallax-mark')).toBeNull();
  expect(document.querySelector(`style[${STYLE_ATTRIBUTE}]`)).toBeNull();
  expect([...document.adoptedStyleSheets]).toEqual(original.sheets);
}

function wordsByHit(map: TextMap, hits: readonly HighlightHit[]): Map<HighlightHit, string> {
  return new Map(hits.map((hit) => [hit, wordsOf(map, hit)]));
}

describe('highlighting random documents', () => {
  it('draws each hit on exactly its words without changing the text, and removeAll restores the exact DOM', async () => {
    await fc.assert(
      fc.asyncProperty(treeArb, hitSpecsArb, async (tree, specs) => {
        const { original, map } = setUp(tree);
        const hits = resolveHits(specs, original.text.length);
        const words = wordsByHit(map, hits);
        const highlighter = new Highlighter(document);
        const report = await highlighter.apply(map, hits);
        expect(report.drawn.length + report.skipped.length).toBe(hits.length);
        // Only crossing spans and spans with no visible words are left out.
        expect(
          report.skipped.every((s) => s.reason === 'overlap' || (s.reason === 'unmappable' && words.get(s.hit) === '')),
        ).toBe(true);
        expectDrawnCorrectly(original, report.drawn, words);
        highlighter.removeAll();
        expectRestored(original);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('survives queued applies and partial removals, then restores the exact DOM', async () => {
    await fc.assert(
      fc.asyncProperty(
        treeArb,
        hitSpecsArb,
        hitSpecsArb,
        fc.array(fc.boolean(), { maxLength: 50 }),
        async (tree, first, second, removed) => {
          const { original, map } = setUp(tree);
          const hitsA = resolveHits(first, original.text.length);
          const hitsB = resolveHits(second, original.text.length);
          const words = wordsByHit(map, [...hitsA, ...hitsB]);
          const highlighter = new Highlighter(document);
          // Both calls are made at once, as two scans in a row would: they must not interleave.
          const [a, b] = await Promise.all([
            highlighter.apply(map, hitsA, { timeBudgetMs: 0 }),
            highlighter.apply(map, hitsB),
          ]);
          let drawn = [...a.drawn, ...b.drawn];
          expectDrawnCorrectly(original, drawn, words);
          const doomed = new Set(drawn.filter((_, index) => removed[index] === true).map((entry) => entry.hit));
          highlighter.remove((hit) => doomed.has(hit));
          drawn = drawn.filter((entry) => !doomed.has(entry.hit));
          expect(highlighter.count).toBe(drawn.length);
          expect(document.body.textContent).toBe(original.bodyText);
          for (const { hit, marks } of drawn)
            expect(marks.map((mark) => mark.textContent).join('')).toBe(words.get(hit));
          highlighter.removeAll();
          expectRestored(original);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('restores the exact DOM when aborted at any point of a sliced apply', async () => {
    await fc.assert(
      fc.asyncProperty(treeArb, hitSpecsArb, fc.nat(12), async (tree, specs, ticks) => {
        const { original, map } = setUp(tree);
        const hits = resolveHits(specs, original.text.length);
        const controller = new AbortController();
        const highlighter = new Highlighter(document, { signal: controller.signal });
        // A zero budget draws one hit per slice, so the abort lands between any two hits.
        const applied = highlighter.apply(map, hits, { timeBudgetMs: 0 });
        for (let i = 0; i < ticks; i += 1) await new Promise((done) => setTimeout(done, 0));
        controller.abort();
        const report = await applied;
        expect(report.drawn.length + report.skipped.length).toBe(hits.length);
        expect(highlighter.count).toBe(0);
        expectRestored(original);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('never throws and never alters the text when the page changed its DOM between reading and drawing', async () => {
    const change = fc.record({
      op: fc.constantFrom('remove', 'shorten', 'lengthen', 'remove-parent', 'move'),
      index: fc.nat(),
    });
    await fc.assert(
      fc.asyncProperty(
        treeArb,
        hitSpecsArb,
        fc.array(change, { minLength: 1, maxLength: 4 }),
        async (tree, specs, changes) => {
          const { original, map } = setUp(tree);
          const hits = resolveHits(specs, original.text.length);
          // The page's own scripts rewrite what was read, as a live blog or a framework re-render does.
          const nodes = map.segments.map((segment) => segment.node);
          for (const { op, index } of changes) {
            const node = nodes[index % Math.max(1, nodes.length)];
            if (!node) continue;
            if (op === 'remove') node.remove();
            else if (op === 'shorten') node.data = node.data.slice(0, node.data.length >> 1);
            else if (op === 'lengthen') node.appendData(' more');
            else if (op === 'remove-parent') {
              const parent = node.parentElement;
              if (parent && parent !== original.region.root && original.region.root.contains(parent)) parent.remove();
            } else if (op === 'move') document.body.append(node);
          }
          const changed = {
            ...original,
            bodyText: document.body.textContent ?? '',
            tree: snapshot(document.documentElement),
            nodes: allNodes(document.documentElement),
          };
          const highlighter = new Highlighter(document);
          const report = await highlighter.apply(map, hits);
          expect(report.drawn.length + report.skipped.length).toBe(hits.length);
          expect(document.body.textContent).toBe(changed.bodyText);
          for (const { marks } of report.drawn) for (const mark of marks) expect(mark.isConnected).toBe(true);
          highlighter.removeAll();
          expectRestored(changed);
        },
      ),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
