/**
 * Collects the text nodes of a subtree in reading order, skipping excluded
 * subtrees and noting where blocks (paragraphs, list items, cells…) begin and
 * end. A plain TreeWalker reports nodes but not when an element is left, and a
 * block boundary is exactly "an element was left", so the walk is done by hand
 * over firstChild / nextSibling / parentNode, which is as cheap.
 */
import { isExcludedElement } from './exclusion';
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
      while (start < end && isSpace(text.charCodeAt(start))) start += 1;
      while (end > start && isSpace(text.charCodeAt(end - 1))) end -= 1;
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
