/**
 * Bookkeeping for text nodes the highlighter splits. Each original node
 * (the "root") keeps a sorted list of the fragments it was split into, each
 * with its offset in the root's original text. Offsets read before any split
 * therefore stay valid, whichever order hits are drawn in; and undoing is
 * merging fragments back into the root: only fragments of the same root that
 * are adjacent siblings again are merged, so text nodes the page had
 * separate are never joined (unlike `Node.normalize()`).
 */

/** One piece of a split text node. */
export interface Fragment {
  node: Text;
  /** Offset of `node`'s first character in the root's original text. */
  offset: number;
}

/** Where a text node sits in its root's original text. */
export interface RootPoint {
  root: Text;
  offset: number;
}

/** Fragments of every text node split so far. */
export class FragmentIndex {
  private readonly byRoot = new Map<Text, Fragment[]>();
  private readonly owner = new Map<Text, RootPoint>();

  /** Translates a point in `node` (a root or a fragment) into its root's original offsets. */
  resolve(node: Text, offset: number): RootPoint {
    const known = this.owner.get(node);
    return known ? { root: known.root, offset: known.offset + offset } : { root: node, offset };
  }

  /** The fragments of `root` in order (just the root when never split). */
  fragments(root: Text): readonly Fragment[] {
    return this.byRoot.get(root) ?? [{ node: root, offset: 0 }];
  }

  /** Length of the root's text over all its fragments. */
  totalLength(root: Text): number {
    const list = this.fragments(root);
    const last = list[list.length - 1] as Fragment;
    return last.offset + last.node.length;
  }

  /** Makes sure a fragment boundary falls at `offset` of `root`'s original text. */
  splitAt(root: Text, offset: number): void {
    let list = this.byRoot.get(root);
    if (!list) {
      list = [{ node: root, offset: 0 }];
      this.byRoot.set(root, list);
    }
    let index = list.length - 1;
    while (index > 0 && (list[index] as Fragment).offset > offset) index -= 1;
    const fragment = list[index] as Fragment;
    const within = offset - fragment.offset;
    if (within <= 0 || within >= fragment.node.length) return;
    const piece = fragment.node.splitText(within);
    list.splice(index + 1, 0, { node: piece, offset });
    this.owner.set(piece, { root, offset });
  }

  /** Fragments of `root` that lie inside `[start, end)` of its original text. */
  covered(root: Text, start: number, end: number): Fragment[] {
    return this.fragments(root).filter(
      (fragment) =>
        fragment.offset >= start && fragment.offset + fragment.node.length <= end && fragment.node.length > 0,
    );
  }

  /** Merges back fragments that are adjacent siblings again; returns how many merges were made. */
  mergeAdjacent(): number {
    let merges = 0;
    for (const [root, list] of this.byRoot) {
      let index = 0;
      while (index + 1 < list.length) {
        const left = list[index] as Fragment;
        const right = list[index + 1] as Fragment;
        if (right.node.previousSibling === left.node) {
          left.node.appendData(right.node.data);
          right.node.remove();
          this.owner.delete(right.node);
          list.splice(index + 1, 1);
          merges += 1;
        } else {
          index += 1;
        }
      }
      if (list.length === 1) this.byRoot.delete(root);
    }
    return merges;
  }

  /** Forgets fragments that could not be merged (the page moved them); they stay as they are. */
  clear(): void {
    this.byRoot.clear();
    this.owner.clear();
  }
}
