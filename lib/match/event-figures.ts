/**
 * Figures with their source: a distinctive figure of a claim (a toll, an
 * estimate) written in a paragraph that names, there or just before, one of
 * the claim's actors (the ministry, the official who gave it). Read over the
 * whole article, in any language, with no sentence needing to match the claim's
 * words: "70.000 eller 80.000 drept og såret, sier ... Colin Kahl".
 */
import type { FoundEntity } from './entity-finder';
import { findNumbers, sameFigure } from './figures';
import type { MatchIndex } from './index-types';
import type { TextSpan } from './types';

/** A figure below this, or a year, is too common to identify a claim. */
const MIN_FIGURE = 1000;
/** Paragraphs before the figure's own in which its source may be named. */
const SOURCE_BEFORE = 1;

interface FigureTable {
  /** Every distinctive figure of every claim, ascending, with its claim. */
  values: Float64Array;
  claims: Int32Array;
}

const tables = new WeakMap<object, FigureTable>();

function figureTable(ix: MatchIndex): FigureTable {
  let table = tables.get(ix.claims);
  if (!table) {
    const pairs: [number, number][] = [];
    const { figStart, figs } = ix.claims;
    for (let c = 0; c + 1 < figStart.length; c++) {
      for (let k = figStart[c] as number; k < (figStart[c + 1] as number); k++) {
        const v = figs[k] as number;
        if (v >= MIN_FIGURE && !(Number.isInteger(v) && v >= 1900 && v <= 2099)) pairs.push([v, c]);
      }
    }
    pairs.sort((a, b) => a[0] - b[0]);
    table = { values: Float64Array.from(pairs, (p) => p[0]), claims: Int32Array.from(pairs, (p) => p[1]) };
    tables.set(ix.claims, table);
  }
  return table;
}

/** First index of `values` not below `x`. */
function lowerBound(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether claim `c` names entity `e` among its actors (people, organisations, units). */
function isActorOf(ix: MatchIndex, c: number, e: number): boolean {
  if (ix.entities.entityActor[e] !== 1) return false;
  for (let k = ix.claims.entStart[c] as number; k < (ix.claims.entStart[c + 1] as number); k++)
    if (ix.claims.ents[k] === e) return true;
  return false;
}

/** The written figures of each claim that appear beside one of the claim's actors, by claim number. */
export function sourcedFigures(
  ix: MatchIndex,
  text: string,
  blocks: readonly TextSpan[],
  found: readonly FoundEntity[],
): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const table = figureTable(ix);
  if (table.values.length === 0) return out;
  const byBlock = new Map<number, number[]>();
  for (const f of found)
    if (f.entity >= 0) (byBlock.get(f.block) ?? byBlock.set(f.block, []).get(f.block))?.push(f.entity);
  blocks.forEach((block, b) => {
    const slice = text.slice(block.start, block.end);
    if (!/\d{2}/.test(slice)) return;
    const near: number[] = [];
    for (let k = b - SOURCE_BEFORE; k <= b; k++) near.push(...(byBlock.get(k) ?? []));
    if (near.length === 0) return;
    for (const n of findNumbers(slice)) {
      if (n.value < MIN_FIGURE) continue;
      // sameFigure allows 2 % either way on figures of a thousand and more.
      for (
        let i = lowerBound(table.values, n.value / 1.021);
        i < table.values.length && (table.values[i] as number) <= n.value * 1.021;
        i++
      ) {
        const c = table.claims[i] as number;
        if (!sameFigure(n.value, table.values[i] as number) || !near.some((e) => isActorOf(ix, c, e))) continue;
        const list = out.get(c) ?? out.set(c, []).get(c);
        if (list && !list.includes(n.text)) list.push(n.text);
      }
    }
  });
  return out;
}
