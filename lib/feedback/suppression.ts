/**
 * The reader's corrections: muted entities and "wrong match" reports. A wrong
 * match is remembered for the exact words that were matched, so the same
 * mistake is not repeated on any page, while the entity or claim still
 * matches other wording.
 */
import type { PageMatches } from '../match/types';
import { foldQuotes } from '../text/quotes';

/** What the reader asked Parallax not to highlight. */
export interface Suppression {
  mutedEntityIds: string[];
  /** `kind:targetId:words` keys, see `wrongMatchKey`. */
  wrongMatchKeys: string[];
}

/** Case-, space- and quote-insensitive form of the matched words. */
export function matchedWords(text: string): string {
  return foldQuotes(text.normalize('NFKC').toLowerCase()).replace(/\s+/g, ' ').trim();
}

/** The key under which a wrong match is stored and looked up. */
export function wrongMatchKey(kind: 'entity' | 'claim', targetId: string, text: string): string {
  return `${kind}:${targetId}:${matchedWords(text)}`;
}

/** The key of the same wrong match once its target is known by another id (a claim merged into a broader one). */
export function movedWrongMatchKey(key: string, targetId: string): string {
  // Ids are slugs, without colons: the kind ends at the first one and the old id at the second.
  const kindEnd = key.indexOf(':');
  const idEnd = key.indexOf(':', kindEnd + 1);
  if (kindEnd < 0 || idEnd < 0) return key;
  return `${key.slice(0, kindEnd)}:${targetId}${key.slice(idEnd)}`;
}

/** Removes muted entities and known wrong matches from a page's matches; `text` is the page text the offsets refer to. */
export function applySuppression(matches: PageMatches, text: string, suppression: Suppression): PageMatches {
  if (suppression.mutedEntityIds.length === 0 && suppression.wrongMatchKeys.length === 0) return matches;
  const muted = new Set(suppression.mutedEntityIds);
  const wrong = new Set(suppression.wrongMatchKeys);
  return {
    entities: matches.entities.filter(
      (h) => !muted.has(h.id) && !wrong.has(wrongMatchKey('entity', h.id, text.slice(h.start, h.end))),
    ),
    claims: matches.claims.filter((h) => !wrong.has(wrongMatchKey('claim', h.id, text.slice(h.start, h.end)))),
  };
}
