/**
 * Finds places where a quote occurs with a few edits, without aligning it
 * against the whole page. If a quote split into `s` pieces occurs with fewer
 * than `s` edits, at least one piece occurs unchanged (pigeonhole), so exact
 * piece hits vote for diagonals (page offset − piece offset) and only the
 * best-supported windows are aligned.
 * See https://en.wikipedia.org/wiki/Approximate_string_matching#Filtering
 */
import { searchApprox, type ApproxMatch } from './edit-distance';

/** Most pieces searched: enough to find any quote with fewer edits than this. */
const MAX_PIECES = 12;

/** Hits counted per piece; a piece this common says little about where the quote is. */
const MAX_HITS_PER_PIECE = 2000;

/** Alignment work allowed per quote, in cells (pattern length × window length). */
const CELL_BUDGET = 2_000_000;

/** Most windows aligned, however short the quote. */
const MAX_WINDOWS = 64;

interface Piece {
  offset: number;
  text: string;
}

function piecesOf(quote: string, maxErrors: number): Piece[] {
  const count = Math.min(MAX_PIECES, maxErrors + 1, quote.length);
  const pieces: Piece[] = [];
  for (let index = 0; index < count; index += 1) {
    const start = Math.floor((index * quote.length) / count);
    const end = Math.floor(((index + 1) * quote.length) / count);
    if (end > start) pieces.push({ offset: start, text: quote.slice(start, end) });
  }
  return pieces;
}

/** Votes per diagonal bin: how many pieces put the quote's start near `bin × width`. */
function vote(text: string, pieces: readonly Piece[], width: number): Map<number, number> {
  const votes = new Map<number, number>();
  for (const piece of pieces) {
    const seen = new Set<number>();
    let hits = 0;
    for (
      let at = text.indexOf(piece.text);
      at !== -1 && hits < MAX_HITS_PER_PIECE;
      at = text.indexOf(piece.text, at + 1)
    ) {
      hits += 1;
      const bin = Math.floor((at - piece.offset) / width);
      if (seen.has(bin)) continue;
      seen.add(bin);
      votes.set(bin, (votes.get(bin) ?? 0) + 1);
    }
  }
  return votes;
}

/** Merges overlapping `[from, to)` windows. */
function mergeWindows(windows: [number, number][]): [number, number][] {
  windows.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const window of windows) {
    const last = merged[merged.length - 1];
    if (last && window[0] <= last[1]) last[1] = Math.max(last[1], window[1]);
    else merged.push([window[0], window[1]]);
  }
  return merged;
}

/** Bins ranked by the votes of themselves and their neighbours (edits shift a diagonal by up to a bin). */
function rankBins(votes: Map<number, number>): [number, number][] {
  const smoothed: [number, number][] = [];
  for (const [bin, count] of votes) smoothed.push([bin, count + (votes.get(bin - 1) ?? 0) + (votes.get(bin + 1) ?? 0)]);
  return smoothed.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
}

/**
 * Approximate occurrences of `quote` in `text` with at most `maxErrors` edits,
 * searched only where exact pieces of the quote occur.
 */
export function findApprox(text: string, quote: string, maxErrors: number): ApproxMatch[] {
  const m = quote.length;
  if (m === 0 || maxErrors <= 0) return [];
  const width = Math.max(1, maxErrors);
  const ranked = rankBins(vote(text, piecesOf(quote, maxErrors), width));
  const top = ranked[0]?.[1] ?? 0;
  // A place within the budget keeps most pieces intact; places far below the best-supported one are noise.
  const floor = Math.max(1, Math.ceil(top / 3));
  const windowLength = m + 2 * maxErrors + width;
  // With the cut-off, aligning a window costs about (budget + 1) cells per character.
  const limit = Math.max(1, Math.min(MAX_WINDOWS, Math.floor(CELL_BUDGET / ((maxErrors + 1) * windowLength))));
  const windows = ranked
    .filter(([, count]) => count >= floor)
    .slice(0, limit)
    .map(([bin]): [number, number] => [
      Math.max(0, bin * width - maxErrors),
      Math.min(text.length, bin * width + width + m + maxErrors),
    ]);
  const matches: ApproxMatch[] = [];
  for (const [from, to] of mergeWindows(windows)) matches.push(...searchApprox(quote, text, from, to, maxErrors));
  return matches;
}
