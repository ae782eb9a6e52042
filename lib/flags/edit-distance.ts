/**
 * Edit distances for re-anchoring: plain Levenshtein for short context strings,
 * and an approximate substring search (Sellers' semi-global alignment) that
 * reports where in a window of text a pattern occurs with the fewest edits.
 * See https://en.wikipedia.org/wiki/Approximate_string_matching
 */

/** An approximate occurrence: `[start, end)` in the searched text, and its edit count. */
export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

/** Levenshtein distance between two short strings (insert, delete, substitute cost 1). */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j += 1) {
      const substitute = (previous[j - 1] as number) + (code === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitute, (previous[j] as number) + 1, (current[j - 1] as number) + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] as number;
}

/**
 * Occurrences of `pattern` in `text[from, to)` with at most `maxErrors` edits.
 * Of several overlapping ends within the budget only the one with the fewest
 * edits is kept, so each place in the text yields one match. Rows that already
 * exceed the budget are not computed (Ukkonen's cut-off), so a column costs
 * about `maxErrors` cells rather than `pattern.length`.
 * See https://doi.org/10.1016/S0019-9958(85)80046-2
 */
export function searchApprox(
  pattern: string,
  text: string,
  from: number,
  to: number,
  maxErrors: number,
): ApproxMatch[] {
  const m = pattern.length;
  const matches: ApproxMatch[] = [];
  if (m === 0 || to <= from) return matches;
  const over = maxErrors + 1;
  // One column per text position; rows are pattern prefixes. `starts` tracks where each alignment began.
  let previous = new Int32Array(m + 1);
  let current = new Int32Array(m + 1);
  let previousStart = new Int32Array(m + 1);
  let currentStart = new Int32Array(m + 1);
  for (let i = 0; i <= m; i += 1) {
    previous[i] = Math.min(i, over);
    previousStart[i] = from;
  }
  // The last row whose value is within the budget.
  let last = Math.min(m, maxErrors);
  let best: ApproxMatch | null = null;
  for (let j = from; j < to; j += 1) {
    const code = text.charCodeAt(j);
    if (last < m) previous[last + 1] = over;
    const rows = Math.min(m, last + 1);
    current[0] = 0;
    currentStart[0] = j + 1;
    for (let i = 1; i <= rows; i += 1) {
      const diagonal = (previous[i - 1] as number) + (pattern.charCodeAt(i - 1) === code ? 0 : 1);
      const skipPattern = (current[i - 1] as number) + 1;
      const skipText = (previous[i] as number) + 1;
      // Ties prefer the diagonal, so matches neither swallow nor drop characters at their edges.
      if (diagonal <= skipPattern && diagonal <= skipText) {
        current[i] = diagonal;
        currentStart[i] = previousStart[i - 1] as number;
      } else if (skipPattern <= skipText) {
        current[i] = skipPattern;
        currentStart[i] = currentStart[i - 1] as number;
      } else {
        current[i] = skipText;
        currentStart[i] = previousStart[i] as number;
      }
    }
    last = rows;
    while (last > 0 && (current[last] as number) > maxErrors) last -= 1;
    if (last === m) {
      const errors = current[m] as number;
      const start = currentStart[m] as number;
      if (best && start < best.end) {
        if (errors < best.errors) best = { start, end: j + 1, errors };
      } else {
        if (best) matches.push(best);
        best = { start, end: j + 1, errors };
      }
    }
    [previous, current] = [current, previous];
    [previousStart, currentStart] = [currentStart, previousStart];
  }
  if (best) matches.push(best);
  return matches;
}
