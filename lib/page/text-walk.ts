/**
 * Collects the text nodes of a subtree in reading order, skipping excluded
 * subtrees and noting where blocks (paragraphs, list items, cells…) begin and
 * end. A plain TreeWalker reports nodes but not when an element is left, and a
 * block boundary is exactly "an element was left", so the walk is done by hand
 * over firstChild / nextSibling / parentNode, which is as cheap.
 */
import { isExcludedElement } from './exclusion';
import { BLOCK_TAGS } from './site-rules';
import type { TextSegment, TextSpan } from './types';

/** Inserted between blocks so words of adjacent blocks never merge; not in the DOM. */
export const BLOCK_SEPARATOR = '\n\n';

/** Accumulates text, segments and block spans while walking. */
export class TextCollector {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly rawBlocks: TextSpan[] = [];
  private blockStart = 0;
  private blockHasText = false;
  private pendingBreak = false;
  /** Text nodes in reading order with their offsets in the collected text. */
  readonly segments: TextSegment[] = [];

  /** Ends the current block before the next text, if it holds any text. */
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
        this.rawBlocks.push({ start: this.blockStart, end: this.length });
        this.parts.push(BLOCK_SEPARATOR);
        this.length += BLOCK_SEPARATOR.length;
        this.blockStart = this.length;
        this.blockHasText = false;
      }
    }
    this.segments.push({ node, start: this.length, length: data.length });
    this.parts.push(data);
    this.length += data.length;
    if (!this.blockHasText && /\S/.test(data)) this.blockHasText = true;
  }

  /** Walks `root`'s descendants (not `root` itself), leaving out `skip` and excluded subtrees. */
  addSubtree(root: Node, skip: Element | null = null): void {
    let node: Node | null = root.firstChild;
    while (node) {
      let descend = false;
      if (node.nodeType === 3) {
        this.addText(node as Text);
      } else if (node.nodeType === 1) {
        const element = node as Element;
        if (BLOCK_TAGS.has(element.tagName)) this.breakBlock();
        descend = element !== skip && element.firstChild !== null && !isExcludedElement(element);
      }
      if (descend) {
        node = node.firstChild;
        continue;
      }
      node = this.nextAfter(node, root);
    }
  }

  /** Finishes the walk: the text, and block spans trimmed of edge whitespace (empty blocks dropped). */
  finish(): { text: string; blocks: TextSpan[] } {
    const text = this.parts.join('');
    const raw = this.blockHasText ? [...this.rawBlocks, { start: this.blockStart, end: this.length }] : this.rawBlocks;
    const blocks: TextSpan[] = [];
    for (const span of raw) {
      let { start, end } = span;
      while (start < end && /\s/.test(text.charAt(start))) start += 1;
      while (end > start && /\s/.test(text.charAt(end - 1))) end -= 1;
      if (end > start) blocks.push({ start, end });
    }
    return { text, blocks };
  }

  // The next node in document order after `node`'s subtree, noting every block element left on the way up.
  private nextAfter(node: Node, root: Node): Node | null {
    let current: Node = node;
    for (;;) {
      if (current === root) return null;
      if (current.nextSibling) return current.nextSibling;
      const parent = current.parentNode;
      if (!parent || parent === root) return null;
      if (parent.nodeType === 1 && BLOCK_TAGS.has((parent as Element).tagName)) this.breakBlock();
      current = parent;
    }
  }
}
