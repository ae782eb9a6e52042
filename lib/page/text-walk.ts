/**
 * Collects the text nodes of a subtree in reading order, skipping excluded
 * subtrees and noting where blocks (paragraphs, list items, cells…) begin and
 * end. A plain TreeWalker reports nodes but not when an element is left, and a
 * block boundary is exactly "an element was left", so the walk is done by hand
 * over firstChild / nextSibling / parentNode, which is as cheap.
 */
import { isExcludedElement } from './exclusion';
import { isMostlyLinked } from './links';
import { BLOCK_TAGS } from './site-rules';
import { runSync, type Steps } from './slicing';
import type { TextSegment, TextSpan } from './types';

/** Nodes visited between pauses of `addSubtreeSteps`. */
const NODES_PER_STEP = 400;

/** Inserted between blocks so words of adjacent blocks never merge; not in the DOM. */
export const BLOCK_SEPARATOR = '\n\n';

/**
 * White space as `\s` sees it, by code unit: pretty-printed pages carry long
 * indentation runs, and a regex call per character made trimming them slow.
 */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The length of `data` without the white space at its ends (0 for white space only), read in place. */
function visibleLength(data: string): number {
  let start = 0;
  let end = data.length;
  while (start < end && isSpace(data.charCodeAt(start))) start += 1;
  while (end > start && isSpace(data.charCodeAt(end - 1))) end -= 1;
  return end - start;
}

/** Whether `element` is a link (HTML `a`, whatever the case its document writes tag names in). */
function isLink(element: Element): boolean {
  const tag = element.tagName;
  return tag === 'A' || tag === 'a';
}

/** Accumulates text, segments and block spans while walking. */
export class TextCollector {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly rawBlocks: TextSpan[] = [];
  /** Indices in `rawBlocks` of the blocks that are links (see `finish`). */
  private readonly rawLinks = new Set<number>();
  private blockStart = 0;
  private blockHasText = false;
  private pendingBreak = false;
  /** Links (`a` elements) the walk is inside. */
  private linkDepth = 0;
  /** Characters of the current block's text, without the white space at the ends of its nodes, and those in links. */
  private blockChars = 0;
  private blockLinkChars = 0;
  /** Text nodes in reading order with their offsets in the collected text. */
  readonly segments: TextSegment[] = [];

  /** Ends the current block before the next text, if it holds any text. */
  /** Characters of text collected so far. */
  get textLength(): number {
    return this.length;
  }

  breakBlock(): void {
    this.pendingBreak = true;
  }

  /** Appends a text node's data as it is in the DOM. */
  addText(node: Text): void {
    const data = node.data;
    if (data.length === 0) return;
    if (this.pendingBreak) {
      this.pendingBreak = false;
      if (this.blockHasText) {
        this.endBlock();
        this.parts.push(BLOCK_SEPARATOR);
        this.length += BLOCK_SEPARATOR.length;
        this.blockStart = this.length;
        this.blockHasText = false;
      }
    }
    this.segments.push({ node, start: this.length, length: data.length });
    this.parts.push(data);
    this.length += data.length;
    const chars = visibleLength(data);
    if (chars > 0) {
      this.blockHasText = true;
      this.blockChars += chars;
      if (this.linkDepth > 0) this.blockLinkChars += chars;
    }
  }

  // Ends the current block, which holds text, noting whether it is a link.
  private endBlock(): void {
    if (isMostlyLinked(this.blockLinkChars, this.blockChars)) this.rawLinks.add(this.rawBlocks.length);
    this.rawBlocks.push({ start: this.blockStart, end: this.length });
    this.blockChars = 0;
    this.blockLinkChars = 0;
  }

  /** Walks `root`'s descendants (not `root` itself), leaving out `skip` and excluded subtrees. */
  addSubtree(root: Node, skip: Element | null = null): void {
    runSync(this.addSubtreeSteps(root, skip));
  }

  /** `addSubtree` as resumable steps, pausing every few hundred nodes. */
  *addSubtreeSteps(root: Node, skip: Element | null = null): Steps<void> {
    let node: Node | null = root.firstChild;
    let visited = 0;
    while (node) {
      if (++visited % NODES_PER_STEP === 0) yield;
      let descend = false;
      if (node.nodeType === 3) {
        this.addText(node as Text);
      } else if (node.nodeType === 1) {
        const element = node as Element;
        if (BLOCK_TAGS.has(element.tagName)) this.breakBlock();
        descend = element !== skip && element.firstChild !== null && !isExcludedElement(element);
        if (descend && isLink(element)) this.linkDepth++;
      }
      if (descend) {
        node = node.firstChild;
        continue;
      }
      node = this.nextAfter(node, root);
    }
  }

  /**
   * Finishes the walk: the text, block spans trimmed of edge whitespace (empty blocks dropped), and the indices
   * in `blocks` of those that are links, nearly all their text inside `a` elements.
   */
  finish(): { text: string; blocks: TextSpan[]; links: number[] } {
    if (this.blockHasText) {
      this.endBlock();
      this.blockHasText = false;
    }
    const text = this.parts.join('');
    const blocks: TextSpan[] = [];
    const links: number[] = [];
    this.rawBlocks.forEach((span, i) => {
      let { start, end } = span;
      while (start < end && isSpace(text.charCodeAt(start))) start += 1;
      while (end > start && isSpace(text.charCodeAt(end - 1))) end -= 1;
      if (end <= start) return;
      if (this.rawLinks.has(i)) links.push(blocks.length);
      blocks.push({ start, end });
    });
    return { text, blocks, links };
  }

  // The next node in document order after `node`'s subtree, noting every block element left on the way up.
  private nextAfter(node: Node, root: Node): Node | null {
    let current: Node = node;
    for (;;) {
      if (current === root) return null;
      if (current.nextSibling) return current.nextSibling;
      const parent = current.parentNode;
      if (!parent || parent === root) return null;
      if (parent.nodeType === 1) {
        if (isLink(parent as Element)) this.linkDepth--;
        if (BLOCK_TAGS.has((parent as Element).tagName)) this.breakBlock();
      }
      current = parent;
    }
  }
}
