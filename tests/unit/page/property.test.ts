// Property tests of the text↔DOM mapping: on random documents, the text Parallax
// reads is exactly the page's readable text nodes, and every span of it maps back
// to exactly those characters in the DOM.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { BLOCK_TAGS } from '@/lib/page/site-rules';
import { readPageText } from '@/lib/page/text-map';
import { BLOCK_SEPARATOR } from '@/lib/page/text-walk';
import type { ArticleRegion } from '@/lib/page/types';

import { hitSpecsArb, mount, resolveHits, treeArb, type NodeSpec } from './random-dom';

/** Fixed so a failure is reproducible; fast-check prints the counterexample and its path. */
const SEED = 20_260_521;
const RUNS = 250;

// Written from the generator's side: which generated subtrees are not article text.
const EXCLUDED = new Set(['script', 'style', 'noscript', 'template', 'nav']);
function isExcludedSpec(spec: Extract<NodeSpec, { t: 'el' }>): boolean {
  return (
    EXCLUDED.has(spec.tag) ||
    spec.attrs.some(
      ([name, value]) =>
        name === 'hidden' ||
        (name === 'aria-hidden' && value === 'true') ||
        (name === 'class' && value === 'share-bar'),
    )
  );
}

/**
 * The expected reading of a generated tree, derived from the tree rather than the
 * DOM: readable text in order, with one separator wherever a block boundary falls
 * between two pieces of text and the block before it held more than whitespace.
 */
function expectedText(children: readonly NodeSpec[]): string {
  let out = '';
  let pending = false;
  let blockHasText = false;
  const visit = (spec: NodeSpec): void => {
    if (spec.t === 'text') {
      if (spec.data === '') return;
      if (pending && blockHasText) {
        out += BLOCK_SEPARATOR;
        blockHasText = false;
      }
      pending = false;
      out += spec.data;
      if (/\S/.test(spec.data)) blockHasText = true;
      return;
    }
    const block = BLOCK_TAGS.has(spec.tag.toUpperCase());
    if (block) pending = true;
    if (isExcludedSpec(spec)) return;
    spec.children.forEach(visit);
    if (block) pending = true;
  };
  children.forEach(visit);
  return out;
}

function read(children: readonly NodeSpec[]) {
  const root = mount(document, children);
  const region: ArticleRegion = { root, headline: null, source: 'semantic' };
  return { root, ...readPageText(region) };
}

/** Offsets of the text that fall in a text node, as opposed to a separator between blocks. */
function covered(segments: readonly { start: number; length: number }[], length: number): boolean[] {
  const inNode = new Array<boolean>(length).fill(false);
  for (const s of segments) for (let i = s.start; i < s.start + s.length; i += 1) inNode[i] = true;
  return inNode;
}

describe('reading random documents', () => {
  it('reads exactly the readable text nodes, in order, with one separator between blocks', () => {
    fc.assert(
      fc.property(treeArb, (tree) => {
        const { page, map } = read(tree);
        expect(page.text).toBe(expectedText(tree));
        for (const segment of map.segments) {
          expect(segment.node.isConnected).toBe(true);
          expect(segment.length).toBe(segment.node.data.length);
          expect(page.text.slice(segment.start, segment.start + segment.length)).toBe(segment.node.data);
        }
        // Between two segments there is nothing, or exactly one separator; the text ends with the last segment.
        let previousEnd = 0;
        for (const segment of map.segments) {
          expect(['', BLOCK_SEPARATOR]).toContain(page.text.slice(previousEnd, segment.start));
          previousEnd = segment.start + segment.length;
        }
        expect(previousEnd).toBe(page.text.length);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('gives blocks that are trimmed, in order, and never cross a separator', () => {
    fc.assert(
      fc.property(treeArb, (tree) => {
        const { page, map } = read(tree);
        const inNode = covered(map.segments, page.text.length);
        let previousEnd = 0;
        for (const block of page.blocks) {
          expect(block.start).toBeGreaterThanOrEqual(previousEnd);
          expect(block.end).toBeGreaterThan(block.start);
          const words = page.text.slice(block.start, block.end);
          expect(/^\S/u.test(words) && /\S$/u.test(words)).toBe(true);
          expect(inNode.slice(block.start, block.end).every(Boolean)).toBe(true);
          previousEnd = block.end;
        }
        // Every non-space character of the text is in some block.
        const inBlock = new Array<boolean>(page.text.length).fill(false);
        for (const block of page.blocks) for (let i = block.start; i < block.end; i += 1) inBlock[i] = true;
        const outside = inNode.flatMap((inText, i) =>
          inText && !inBlock[i] && /\S/.test(page.text.charAt(i)) ? [i] : [],
        );
        expect(outside).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('maps every segment and every random span back to the same characters in the DOM', () => {
    fc.assert(
      fc.property(treeArb, hitSpecsArb, (tree, specs) => {
        const { page, map } = read(tree);
        const inNode = covered(map.segments, page.text.length);
        const withoutSeparators = (start: number, end: number): string => {
          let out = '';
          for (let i = start; i < end; i += 1) if (inNode[i]) out += page.text.charAt(i);
          return out;
        };
        const spans = [
          ...map.segments.map((s) => ({ start: s.start, end: s.start + s.length })),
          ...resolveHits(specs, page.text.length),
        ];
        for (const { start, end } of spans) {
          const ranges = map.toRanges(start, end);
          expect(ranges.map((range) => range.toString()).join('')).toBe(withoutSeparators(start, end));
          // Each range lies in one text node, so wrapping it never moves an element.
          for (const range of ranges) {
            expect(range.startContainer).toBe(range.endContainer);
            expect(range.startContainer.nodeType).toBe(3);
          }
          const single = map.toRange(start, end);
          expect(single === null).toBe(ranges.length === 0);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('turns a point in a read text node back into its offset in the text', () => {
    fc.assert(
      fc.property(treeArb, fc.nat(), (tree, pick) => {
        const { map } = read(tree);
        for (const segment of map.segments) {
          const at = segment.length === 0 ? 0 : pick % (segment.length + 1);
          expect(map.offsetOf(segment.node, at)).toBe(segment.start + at);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
