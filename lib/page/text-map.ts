/**
 * Reads an article region into `PageText` and keeps a `TextMap` from text
 * offsets back to DOM text nodes. The text is the nodes' data verbatim (no
 * whitespace collapsing), plus a separator between blocks that exists only in
 * the text; so every offset inside a block maps to exactly one (node, offset).
 */
import type { TextSpan } from '../match/types';
import { isExcludedElement } from './exclusion';
import { runSync, type Steps } from './slicing';
import { TextCollector } from './text-walk';
import type { ArticleRegion, NodePiece, PageText, TextSegment } from './types';

/** Maps `[start, end)` spans of a page text to the text nodes it was read from. */
export class TextMap {
  /**
   * @param text the text the spans index into
   * @param segments text nodes in text order, non-overlapping, with gaps where separators were inserted
   */
  constructor(
    readonly text: string,
    readonly segments: readonly TextSegment[],
  ) {}

  /** Index of the last segment starting at or before `offset`, or -1. */
  segmentIndexAt(offset: number): number {
    let low = 0;
    let high = this.segments.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const segment = this.segments[middle] as TextSegment;
      if (segment.start <= offset) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  }

  /** The parts of text nodes that `[start, end)` covers, in order; separators map to nothing. */
  pieces(start: number, end: number): NodePiece[] {
    const result: NodePiece[] = [];
    if (end <= start) return result;
    let index = Math.max(0, this.segmentIndexAt(start));
    for (; index < this.segments.length; index += 1) {
      const segment = this.segments[index] as TextSegment;
      if (segment.start >= end) break;
      const from = Math.max(start, segment.start) - segment.start;
      const to = Math.min(end, segment.start + segment.length) - segment.start;
      if (to > from) result.push({ node: segment.node, start: from, end: to });
    }
    return result;
  }

  /** One DOM Range from the first to the last character of the span, or null if it maps to no text. */
  toRange(start: number, end: number): Range | null {
    const pieces = this.pieces(start, end);
    const first = pieces[0];
    const last = pieces[pieces.length - 1];
    if (!first || !last) return null;
    const range = first.node.ownerDocument.createRange();
    range.setStart(first.node, first.start);
    range.setEnd(last.node, last.end);
    return range;
  }

  /** One DOM Range per text node piece: exact even where excluded content sits between the pieces. */
  toRanges(start: number, end: number): Range[] {
    return this.pieces(start, end).map((piece) => {
      const range = piece.node.ownerDocument.createRange();
      range.setStart(piece.node, piece.start);
      range.setEnd(piece.node, piece.end);
      return range;
    });
  }

  /**
   * The text offset of a DOM point (e.g. a selection boundary), or null when
   * the point is in no read text. An element point resolves to the first read
   * text node at or after it.
   */
  offsetOf(node: Node, offset: number): number | null {
    if (node.nodeType === 3) {
      const segment = this.segments.find((candidate) => candidate.node === node);
      return segment ? segment.start + Math.min(offset, segment.length) : null;
    }
    const child = node.childNodes[offset] ?? null;
    for (const segment of this.segments) {
      const after = child
        ? segment.node === child || (child.compareDocumentPosition(segment.node) & (4 | 16)) !== 0
        : (node.compareDocumentPosition(segment.node) & 4) !== 0 && !node.contains(segment.node);
      if (after) return segment.start;
    }
    return null;
  }
}

/** What reading a region gives: the text to match and the map to draw with. */
export interface PageReading {
  page: PageText;
  map: TextMap;
}

function languageOf(document: Document): string | undefined {
  const lang = document.documentElement.getAttribute('lang')?.trim();
  return lang ? lang : undefined;
}

/** The block holding the headline's text, when the headline sits inside the body. */
function headlineSpan(text: string, blocks: readonly TextSpan[], headline: string): TextSpan | undefined {
  const wanted = headline.replace(/\s+/g, ' ').trim();
  if (!wanted) return undefined;
  return blocks.find((b) => text.slice(b.start, b.end).replace(/\s+/g, ' ').trim() === wanted);
}

/**
 * Reads an article region (headline first, then the body without its noise),
 * or a list of added nodes (e.g. from the mutation scanner), into page text
 * and its map. Each node of the list starts a new block.
 */
export function readPageText(source: ArticleRegion | readonly Node[]): PageReading {
  return runSync(readPageTextSteps(source));
}

/** `readPageText` as resumable steps, for time-sliced reading of huge pages. */
export function* readPageTextSteps(source: ArticleRegion | readonly Node[]): Steps<PageReading> {
  const collector = new TextCollector();
  let document: Document | null = null;
  let headlineEnd = 0;
  let region: ArticleRegion | null = null;
  if (Array.isArray(source)) {
    for (const node of source as readonly Node[]) {
      document ??= node.ownerDocument;
      collector.breakBlock();
      if (node.nodeType === 3) collector.addText(node as Text);
      else if (node.nodeType === 1 && !isExcludedElement(node as Element)) yield* collector.addSubtreeSteps(node);
    }
  } else {
    region = source as ArticleRegion;
    document = region.root.ownerDocument;
    const headline = region.headline && !region.headline.contains(region.root) ? region.headline : null;
    if (headline) {
      yield* collector.addSubtreeSteps(headline);
      headlineEnd = collector.textLength;
      collector.breakBlock();
    }
    yield* collector.addSubtreeSteps(region.root, headline);
    // A headline inside the body is read in place; it is still the headline.
    if (!headline && region.headline) headlineEnd = -1;
  }
  yield;
  const { text, blocks, links } = collector.finish();
  const lang = document ? languageOf(document) : undefined;
  const page: PageText = lang ? { text, blocks, lang } : { text, blocks };
  if (links.length > 0) page.links = links;
  if (headlineEnd > 0) page.headline = { start: blocks[0]?.start ?? 0, end: headlineEnd };
  else if (headlineEnd < 0 && region) page.headline = headlineSpan(text, blocks, region.headline?.textContent ?? '');
  return { page, map: new TextMap(text, collector.segments) };
}
