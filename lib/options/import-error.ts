/**
 * Splits the background's message about a rejected dataset pack into a lead
 * sentence and its problems, so they can be read as a list. The loader joins
 * problems with "; " after a colon (see `invalid` in lib/db/load).
 */

/** A rejected import, as shown to the reader. */
export interface ImportFailure {
  summary: string;
  problems: string[];
}

/** Reads `message` as a lead sentence and a list of problems (empty when there is no list). */
export function importFailure(message: string): ImportFailure {
  const colon = message.indexOf(': ');
  if (colon < 0) return { summary: message, problems: [] };
  const problems = message
    .slice(colon + 2)
    .split('; ')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (problems.length < 2) return { summary: message, problems: [] };
  return { summary: message.slice(0, colon + 1), problems };
}
