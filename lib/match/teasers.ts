/**
 * The blocks of a page that are the article's own. News pages set links to
 * other stories inside the article's body: "Read also: …", "Читайте також",
 * "Lees ook" followed by a list of headlines, or a bare line that is only a
 * link. Those lines name other events, often ones the pack knows, and are
 * neither evidence of what the article reports nor sentences to highlight in it.
 */
import { TEASER_MAX_CHARS } from './teaser-size';
import type { TextSpan } from './types';

/**
 * Words that open a link to another story, in the languages the matcher reads: an imperative ("read also"),
 * written before a headline or standing alone above a list of them. Lower case, with single spaces.
 */
const TEASER_OPENERS = [
  // en
  'read also',
  'also read',
  'read more',
  'see also',
  'more on this story',
  // de
  'lesen sie auch',
  'lesen sie mehr',
  'mehr zum thema',
  'auch interessant',
  // nl
  'lees ook',
  'lees meer',
  'bekijk ook',
  // fr
  'lire aussi',
  'à lire aussi',
  'lire également',
  'à lire également',
  'voir aussi',
  // es
  'lee también',
  'lea también',
  'leer más',
  'ver también',
  'te puede interesar',
  // it
  'leggi anche',
  'leggi pure',
  // pt
  'leia também',
  'leia mais',
  'veja também',
  // pl
  'czytaj też',
  'czytaj także',
  'czytaj również',
  'czytaj więcej',
  'zobacz też',
  'zobacz także',
  'przeczytaj też',
  'przeczytaj także',
  // cs, sk
  'přečtěte si také',
  'přečtěte si',
  'čtěte také',
  'čítajte aj',
  'prečítajte si',
  // ro
  'citește și',
  'citeste si',
  'citește mai mult',
  'vezi și',
  'vezi si',
  // hu
  'olvassa el',
  'ez is érdekelheti',
  // fi
  'lue myös',
  'lue lisää',
  // sr, hr, bs (Latin and Cyrillic)
  'pročitajte još',
  'pročitajte i',
  'прочитајте још',
  'прочитајте и',
  // ru
  'читайте также',
  'читайте еще',
  'читайте ещё',
  'смотрите также',
  // uk
  'читайте також',
  'читати також',
  'дивіться також',
  // bg
  'прочетете още',
  'вижте още',
  // da, no, sv
  'læs også',
  'les også',
  'les mer',
  'läs också',
  'läs mer',
];

/** Words that open a teaser only as a heading of their own, or before a colon: in prose they open sentences. */
const HEADING_OPENERS = [
  'related',
  'related news',
  'related stories',
  'по теме',
  'ещё по теме',
  'по темі',
  'kapcsolódó',
];

/** Lines of a list of headlines below an opener standing alone, at most. */
const TEASER_LIST_MAX = 6;

/** A list line longer than this is the article again. */
const TEASER_LINE_MAX_CHARS = 200;

/** A bullet, dash or space, as list lines in text begin. */
const BULLET = /[\s\-–—•·*▪►>]/u;

/** Both kinds of opener, each with whether it opens a headline without a colon too (see `teaserOpener`). */
const OPENERS: readonly (readonly [string, boolean])[] = [
  ...TEASER_OPENERS.map((o) => [o, true] as const),
  ...HEADING_OPENERS.map((o) => [o, false] as const),
];

/** The openers by their first letter: a block that begins with another opens no teaser (most blocks, cheaply). */
const BY_FIRST_LETTER = new Map<string, (readonly [string, boolean])[]>();
for (const entry of OPENERS) {
  const letter = entry[0][0] as string;
  BY_FIRST_LETTER.set(letter, [...(BY_FIRST_LETTER.get(letter) ?? []), entry]);
}

/** Characters of a block read to find its opener: the longest opener's, and some spaces. */
const HEAD_CHARS = Math.max(...OPENERS.map(([o]) => o.length)) + 8;

/** The index of the first character of `block` that is no bullet, dash or space. */
function firstLetter(text: string, block: TextSpan): number {
  let at = block.start;
  while (at < block.end && BULLET.test(text[at] as string)) at++;
  return at;
}

/** `text[from, to)` folded as openers are written: lower case, single spaces, trimmed. */
const folded = (text: string, from: number, to: number): string =>
  text.slice(from, to).replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * How a block opens a teaser: `alone` (the opener is all it says: a list of headlines follows), `inline` (a
 * headline follows it), or null (the block is no teaser).
 */
export function teaserOpener(text: string, block: TextSpan): 'alone' | 'inline' | null {
  if (block.end - block.start > TEASER_MAX_CHARS) return null;
  const from = firstLetter(text, block);
  const openers = BY_FIRST_LETTER.get((text[from] ?? '').toLowerCase());
  if (!openers) return null;
  const head = folded(text, from, Math.min(block.end, from + HEAD_CHARS));
  for (const [opener, inProse] of openers) {
    if (!head.startsWith(opener)) continue;
    const rest = folded(text, from, block.end).slice(opener.length);
    if (!/[\p{L}\p{N}]/u.test(rest)) return 'alone';
    if (/^ ?[:：\-–—»›>|]/u.test(rest)) return 'inline';
    // An imperative ("read also") opens a headline even without a colon; "related" opens prose too.
    if (inProse && rest.startsWith(' ')) return 'inline';
  }
  return null;
}

/** A sentence ends inside a line and another begins: prose, not a headline. */
const SECOND_SENTENCE = /[.!?…]["'»”)]?\s+["'«„“(]?\p{Lu}/u;

/** A line ends as a sentence does. */
const SENTENCE_END = /[.!?…]["'»”)]?$/u;

/**
 * Whether a block below an opener standing alone is a line of its list: short, and not prose, which is more
 * than one sentence and ends as one does (a headline may end with a full stop, ask a question, or hold two
 * short sentences and no final stop).
 */
function listLine(text: string, block: TextSpan): boolean {
  if (block.end - block.start > TEASER_LINE_MAX_CHARS) return false;
  const line = text.slice(block.start, block.end).trim();
  return !(SENTENCE_END.test(line) && SECOND_SENTENCE.test(line));
}

/**
 * The links among `blocks` (by index, see PageText.links) that are left out: those no longer than a teaser, but
 * not the headline (a headline may link to its own page), nor any when they hold more of the text than the rest
 * (a page that sets its very paragraphs in links).
 */
function leftOutLinks(blocks: readonly TextSpan[], links: readonly number[], headline?: TextSpan): Set<number> {
  const out = new Set<number>();
  let linked = 0;
  let all = 0;
  for (const block of blocks) all += block.end - block.start;
  for (const b of links) {
    const block = blocks[b];
    if (!block || block.end - block.start > TEASER_MAX_CHARS) continue;
    if (headline && block.start < headline.end && headline.start < block.end) continue;
    out.add(b);
    linked += block.end - block.start;
  }
  return linked * 2 > all ? new Set() : out;
}

/**
 * The blocks that are the article's: without teasers of other stories (a block opened by "Read also" and the
 * like, a short block that is only a link) and the lists of headlines below an opener standing alone.
 */
export function articleBlocks(
  text: string,
  blocks: readonly TextSpan[],
  links: readonly number[] = [],
  headline?: TextSpan,
): TextSpan[] {
  const linked = links.length > 0 ? leftOutLinks(blocks, links, headline) : null;
  const kept: TextSpan[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b] as TextSpan;
    if (linked?.has(b)) continue;
    const opener = teaserOpener(text, block);
    if (opener === null) {
      kept.push(block);
      continue;
    }
    if (opener === 'alone') {
      let lines = 0;
      while (lines < TEASER_LIST_MAX && b + 1 < blocks.length && listLine(text, blocks[b + 1] as TextSpan)) {
        b++;
        lines++;
      }
    }
  }
  return kept;
}
