/**
 * Finds entity mentions in one pass over the page's tokens: at each token the
 * trie is walked as far as the page allows and the longest alias wins, so
 * mentions never nest or overlap. Short or ambiguous aliases (LPR, FSB) are
 * kept only where the page gives context.
 */
import { AliasFlag, type EntityIndex } from './entity-index';
import { lookupPair, lookupString } from './hash';
import { entityKey } from './keys';
import { TokenFlag, type Tokens } from './tokenize';
import type { TextSpan } from './types';

/** An entity mention with index-internal numbers (the public hit is built from it). */
export interface FoundEntity extends TextSpan {
  entity: number;
  alias: number;
  /** First and last token of the mention. */
  tokStart: number;
  tokEnd: number;
  block: number;
  /** Surface text of the mention that licensed an ambiguous alias. */
  context?: string;
}

interface Candidate extends FoundEntity {
  /** Alias candidates still in play when several entities share the surface form. */
  pool: number[];
}

/** How far (in characters) a related entity may be from an ambiguous alias. */
const CONTEXT_WINDOW = 600;

function caseAllows(flags: number, toks: Tokens, i: number, j: number): boolean {
  const tf = toks.flags[i] ?? 0;
  if (flags & AliasFlag.NeedsAllCaps && (i !== j || !(tf & TokenFlag.AllCaps))) return false;
  if (flags & AliasFlag.NeedsCapital && !(tf & TokenFlag.Capitalised)) return false;
  if (flags & AliasFlag.Plain && tf & TokenFlag.Marked && !(tf & TokenFlag.Capitalised)) return false;
  return true;
}

function acceptable(ix: EntityIndex, node: number, toks: Tokens, i: number, j: number): number[] {
  const out: number[] = [];
  for (let c = ix.nodeCandStart[node] as number; c < (ix.nodeCandStart[node + 1] as number); c++) {
    const alias = ix.candAlias[c] as number;
    if (caseAllows(ix.aliasFlags[alias] as number, toks, i, j)) out.push(alias);
  }
  return out;
}

/** Narrows a pool to exact spellings when stems collide (Дугина vs Дугин), preferring unambiguous aliases. */
function narrow(ix: EntityIndex, pool: number[], toks: Tokens, i: number, j: number): number[] {
  if (pool.length === 1) return pool;
  const exact = toks.norm.slice(i, j + 1).join(' ');
  const exactPool = pool.filter((a) => ix.aliasExact[a] === exact);
  const chosen = exactPool.length > 0 ? exactPool : pool;
  const clear = chosen.filter((a) => !((ix.aliasFlags[a] as number) & AliasFlag.Ambiguous));
  return clear.length > 0 ? clear : chosen;
}

function entitiesOf(ix: EntityIndex, pool: number[]): Set<number> {
  return new Set(pool.map((a) => ix.aliasEntity[a] as number));
}

/**
 * Case endings that Hungarian, Finnish and Turkish join to a name (Prigozsinnal, Putyinnak, Gatyilovot;
 * Putinille, Moskovassa; Prigojin'in, folded prigojinin), and the German and Scandinavian genitive -s
 * (Putins, Moskaus), folded, longest first. The Slavic endings are read by the name key itself (keys.ts).
 */
const JOINED_ENDINGS = [
  ...['nak', 'nek', 'nal', 'nel', 'val', 'vel', 'ban', 'ben', 'bol', 'rol', 'tol', 'hoz', 'hez', 'ert'],
  ...['ssa', 'sta', 'lla', 'lta', 'lle', 'ksi', 'nin', 'nın', 'nun', 'dan', 'den', 'tan', 'ten'],
  ...['ot', 'et', 'at', 'ba', 'be', 'ra', 're', 'on', 'en', 'in', 'ın', 'un', 'da', 'de', 'ta', 'te', 'ya', 'ye'],
  's',
];
/** Letters a capitalised word keeps before such an ending: names shorter than this are not read so. */
const JOINED_MIN_STEM = 4;
const JOINED_MIN_WORD = 6;

/**
 * The vocabulary id of a capitalised Latin word that is a known name with an ending joined to it, or -1.
 * Read only where the word itself is no name key, so a listed form always wins.
 */
function joinedName(ix: EntityIndex, norm: string, flags: number): number {
  if (!(flags & TokenFlag.Capitalised) || flags & TokenFlag.Cyrillic || norm.length < JOINED_MIN_WORD) return -1;
  for (const ending of JOINED_ENDINGS) {
    if (!norm.endsWith(ending) || norm.length - ending.length < JOINED_MIN_STEM) continue;
    const id = lookupString(ix.vocab, entityKey(norm.slice(0, -ending.length), flags));
    if (id >= 0) return id;
  }
  return -1;
}

function collect(ix: EntityIndex, toks: Tokens, tokBlock: Int32Array): Candidate[] {
  const ids = new Int32Array(toks.count);
  for (let t = 0; t < toks.count; t++) {
    const norm = toks.norm[t] ?? '';
    const flags = toks.flags[t] ?? 0;
    const id = lookupString(ix.vocab, entityKey(norm, flags));
    ids[t] = id >= 0 ? id : joinedName(ix, norm, flags);
  }
  const found: Candidate[] = [];
  let i = 0;
  while (i < toks.count) {
    let node = 0;
    let bestEnd = -1;
    let bestPool: number[] = [];
    for (let j = i; j < toks.count && tokBlock[j] === tokBlock[i]; j++) {
      const tok = ids[j] as number;
      if (tok < 0) break;
      node = lookupPair(ix.trie, node, tok);
      if (node < 0) break;
      if (ix.nodeCandStart[node + 1] === ix.nodeCandStart[node]) continue;
      const pool = acceptable(ix, node, toks, i, j);
      if (pool.length > 0) {
        bestEnd = j;
        bestPool = pool;
      }
    }
    if (bestEnd < 0) {
      i++;
      continue;
    }
    const pool = narrow(ix, bestPool, toks, i, bestEnd);
    const first = pool[0] as number;
    found.push({
      start: toks.start[i] as number,
      end: toks.end[bestEnd] as number,
      entity: entitiesOf(ix, pool).size === 1 ? (ix.aliasEntity[first] as number) : -1,
      alias: first,
      tokStart: i,
      tokEnd: bestEnd,
      block: tokBlock[i] as number,
      pool,
    });
    i = bestEnd + 1;
  }
  return found;
}

function isRelated(ix: EntityIndex, a: number, b: number): boolean {
  for (let k = ix.relatedStart[a] as number; k < (ix.relatedStart[a + 1] as number); k++)
    if (ix.related[k] === b) return true;
  return false;
}

/** Finds entity mentions in the tokens of `text` (tokens must not span blocks; `tokBlock` gives each token's block). */
export function findEntities(ix: EntityIndex, text: string, toks: Tokens, tokBlock: Int32Array): FoundEntity[] {
  const found = collect(ix, toks, tokBlock);
  const clear = (f: Candidate): boolean => f.entity >= 0 && !((ix.aliasFlags[f.alias] as number) & AliasFlag.Ambiguous);
  const confirmed = new Map<number, Candidate>();
  for (const f of found) if (clear(f) && !confirmed.has(f.entity)) confirmed.set(f.entity, f);
  const out: FoundEntity[] = [];
  for (const f of found) {
    if (clear(f)) {
      out.push(strip(f));
      continue;
    }
    // Several entities share this form, or the alias is ambiguous: the page must name one of them plainly.
    const entities = entitiesOf(ix, f.pool);
    const named = [...entities].filter((e) => confirmed.has(e));
    if (named.length === 1) {
      const e = named[0] as number;
      const by = confirmed.get(e) as Candidate;
      out.push({
        ...strip(f),
        entity: e,
        alias: f.pool.find((a) => ix.aliasEntity[a] === e) ?? f.alias,
        context: text.slice(by.start, by.end),
      });
      continue;
    }
    if (entities.size !== 1) continue;
    const e = f.entity;
    // A name of common words written as a name, in quotation marks («Путь домой», „Droga do domu”): the
    // page itself says it is one.
    if (quoted(text, f)) {
      out.push({ ...strip(f), context: text.slice(f.start - 1, f.end + 1) });
      continue;
    }
    const near = found.find(
      (g) =>
        clear(g) &&
        (g.block === f.block || Math.abs(g.start - f.start) <= CONTEXT_WINDOW) &&
        isRelated(ix, e, g.entity),
    );
    if (near) out.push({ ...strip(f), context: text.slice(near.start, near.end) });
  }
  return out;
}

/** Quotation marks that open and close a name, straight or typographic, in the styles of the pack's languages. */
const OPENING = `"'\u00ab\u201c\u201e\u2018\u201a\u2039\u00bb`;
const CLOSING = `"'\u00bb\u201d\u201c\u2019\u203a\u00ab`;

/** True when the mention is the whole of a quotation: a quotation mark right before it and right after it. */
function quoted(text: string, f: TextSpan): boolean {
  const before = text[f.start - 1];
  const after = text[f.end];
  return before !== undefined && after !== undefined && OPENING.includes(before) && CLOSING.includes(after);
}

function strip(f: Candidate): FoundEntity {
  return {
    start: f.start,
    end: f.end,
    entity: f.entity,
    alias: f.alias,
    tokStart: f.tokStart,
    tokEnd: f.tokEnd,
    block: f.block,
  };
}
