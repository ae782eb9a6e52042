// Random documents and random hit sets for the property tests of the page layer.
// A tree is generated as plain data (so fast-check can print and shrink it), then
// built with createElement / appendChild, which keeps adjacent text nodes separate
// exactly as a page's scripts can leave them.
import fc from 'fast-check';

import type { HighlightHit, HighlightKind } from '@/lib/page/types';

/** One node of a generated tree. */
export type NodeSpec =
  { t: 'text'; data: string } | { t: 'el'; tag: string; attrs: (readonly [string, string])[]; children: NodeSpec[] };

const text = (data: string): NodeSpec => ({ t: 'text', data });
const el = (tag: string, children: NodeSpec[], attrs: (readonly [string, string])[] = []): NodeSpec => ({
  t: 'el',
  tag,
  attrs,
  children,
});

// Words the matcher cares about, in several scripts, with astral characters and combining marks.
const WORDS = [
  'Luhansk',
  'People’s',
  'Republic',
  'LPR',
  'Дарья',
  'Дугина',
  'Донецк',
  '𝒜rmy',
  '😀',
  '👩🏽‍🚒',
  'e\u0301',
  'n\u0303o',
  'ﬁve',
  '45,000',
  'said',
  'the',
  'war',
  'مقاتل',
  '中文',
];
const SPACES = [' ', '  ', '\n', '\n    ', '\t', '\u00a0', '\u2009', ' \n\n '];

/** Text of every kind a page holds: prose, whitespace-only runs, random Unicode, long paragraphs. */
export const textArb: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...SPACES)), { minLength: 1, maxLength: 12 })
      .map((parts) => parts.join('')),
  },
  { weight: 2, arbitrary: fc.constantFrom(...SPACES) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }) },
  {
    weight: 1,
    arbitrary: fc.array(fc.constantFrom(...WORDS), { minLength: 60, maxLength: 300 }).map((words) => words.join(' ')),
  },
);

// Attributes that change how a subtree is read: noise names and hidden content are skipped, the rest are read.
const attrsArb = fc
  .array(
    fc.constantFrom<readonly [string, string]>(
      ['class', 'lead'],
      ['class', 'share-bar'],
      ['id', 'p1'],
      ['data-x', '1'],
      ['title', 'Luhansk'],
      ['hidden', ''],
      ['aria-hidden', 'true'],
      ['lang', 'uk'],
    ),
    { maxLength: 2 },
  )
  .map((list) => list.filter((a, i) => list.findIndex((b) => b[0] === a[0]) === i));

/** Whitespace that pretty-printed markup leaves between rows and list items. */
const layoutSpace = fc.constantFrom(...SPACES.filter((s) => s.trim() === '')).map(text);

const { node } = fc.letrec<{
  node: NodeSpec;
  inline: NodeSpec;
  block: NodeSpec;
  list: NodeSpec;
  table: NodeSpec;
  excluded: NodeSpec;
}>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', maxDepth: 5, withCrossShrink: true },
    { weight: 5, arbitrary: textArb.map(text) },
    { weight: 3, arbitrary: tie('inline') },
    { weight: 2, arbitrary: tie('block') },
    { weight: 1, arbitrary: tie('list') },
    { weight: 1, arbitrary: tie('table') },
    { weight: 1, arbitrary: tie('excluded') },
    {
      weight: 1,
      arbitrary: fc.constantFrom(el('br', []), el('span', []), el('p', []), el('img', [], [['alt', 'photo']])),
    },
  ),
  inline: fc
    .record({
      tag: fc.constantFrom('span', 'em', 'a', 'b'),
      attrs: attrsArb,
      children: fc.array(tie('node'), { maxLength: 4 }),
    })
    .map(({ tag, attrs, children }) => el(tag, children, tag === 'a' ? [['href', '#x'], ...attrs] : attrs)),
  block: fc
    .record({
      tag: fc.constantFrom('p', 'div', 'blockquote', 'h2'),
      attrs: attrsArb,
      children: fc.array(tie('node'), { maxLength: 5 }),
    })
    .map(({ tag, attrs, children }) => el(tag, children, attrs)),
  list: fc
    .array(fc.tuple(layoutSpace, fc.array(tie('node'), { maxLength: 3 })), { minLength: 1, maxLength: 4 })
    .map((items) =>
      el(
        'ul',
        items.flatMap(([space, children]) => [space, el('li', children)]),
      ),
    ),
  table: fc
    .array(fc.tuple(layoutSpace, fc.array(fc.array(tie('node'), { maxLength: 2 }), { minLength: 1, maxLength: 3 })), {
      minLength: 1,
      maxLength: 3,
    })
    .map((rows) =>
      el('table', [
        el(
          'tbody',
          rows.flatMap(([space, cells]) => [
            space,
            el(
              'tr',
              cells.map((cell) => el('td', cell)),
            ),
          ]),
        ),
      ]),
    ),
  excluded: fc
    .record({ tag: fc.constantFrom('script', 'style', 'noscript', 'template', 'nav'), data: textArb })
    .map(({ tag, data }) => el(tag, [text(data)], tag === 'script' ? [['type', 'application/json']] : [])),
}));

/** The children of an article root. */
export const treeArb: fc.Arbitrary<NodeSpec[]> = fc.array(node, { minLength: 1, maxLength: 8 });

/** Builds a spec tree with DOM calls (never from an HTML string). */
export function build(document: Document, spec: NodeSpec): Node {
  if (spec.t === 'text') return document.createTextNode(spec.data);
  const element = document.createElement(spec.tag);
  for (const [name, value] of spec.attrs) element.setAttribute(name, value);
  const parent = spec.tag === 'template' ? (element as HTMLTemplateElement).content : element;
  for (const child of spec.children) parent.appendChild(build(document, child));
  return element;
}

/** Puts a fresh `<div id="root">` holding `children` into the body, with page text before and after it. */
export function mount(document: Document, children: readonly NodeSpec[]): Element {
  document.body.replaceChildren();
  const root = document.createElement('div');
  root.id = 'root';
  for (const child of children) root.appendChild(build(document, child));
  document.body.append(
    document.createTextNode('Before the article. '),
    root,
    document.createTextNode(' After the article.'),
  );
  return root;
}

/** How a generated hit is placed: anywhere, or relative to an earlier one (inside, touching, the same span). */
export type HitSpec =
  | { at: 'random'; kind: HighlightKind; from: number; length: number }
  | { at: 'inside' | 'touching' | 'same'; kind: HighlightKind; ref: number; a: number; b: number };

const kindArb = fc.constantFrom<HighlightKind>('claim', 'entity', 'flag');

/** Hit placements; `resolveHits` turns them into spans of a text of a given length. */
export const hitSpecsArb: fc.Arbitrary<HitSpec[]> = fc.array(
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({
        at: fc.constant('random' as const),
        kind: kindArb,
        from: fc.nat(),
        length: fc.oneof(fc.constant(0), fc.nat(6), fc.nat(40), fc.nat(600)),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        at: fc.constantFrom('inside' as const, 'touching' as const, 'same' as const),
        kind: kindArb,
        ref: fc.nat(),
        a: fc.nat(),
        b: fc.nat(),
      }),
    },
  ),
  { maxLength: 25 },
);

/** Turns placements into hits inside `[0, length]`, with claim ids and event ids as the contract wants. */
export function resolveHits(specs: readonly HitSpec[], length: number): HighlightHit[] {
  const hits: HighlightHit[] = [];
  specs.forEach((spec, index) => {
    let start: number;
    let end: number;
    const ref = hits.length > 0 ? hits[(spec.at === 'random' ? 0 : spec.ref) % hits.length] : undefined;
    if (spec.at === 'random' || !ref) {
      const from = spec.at === 'random' ? spec.from : spec.a;
      start = from % (length + 1);
      end = Math.min(length, start + (spec.at === 'random' ? spec.length : spec.b % 50));
    } else if (spec.at === 'inside') {
      const width = ref.end - ref.start;
      start = ref.start + (width === 0 ? 0 : spec.a % (width + 1));
      end = start + (ref.end - start === 0 ? 0 : spec.b % (ref.end - start + 1));
    } else if (spec.at === 'touching') {
      start = ref.end;
      end = Math.min(length, start + (spec.b % 30));
    } else {
      ({ start, end } = ref);
    }
    const id = `${spec.kind}-${index}`;
    hits.push(
      spec.kind === 'claim'
        ? { kind: 'claim', id, eventId: `event-${index}`, start, end }
        : { kind: spec.kind, id, start, end },
    );
  });
  return hits;
}
