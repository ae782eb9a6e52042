/**
 * Cleans free text before ranking claims against it. Links say nothing about
 * a claim, while #CamelCaseTags and @handles often name its subject
 * (@realDonaldTrump → real Donald Trump), so they are split into words. The
 * "— Name (@handle) date" signature of an embedded post is kept apart: who
 * posted is often what the claim is about, but it weighs less than what was
 * said (CheckThat 2020 train MAP@5: signature dropped 0.836, kept at full
 * weight 0.873, kept at 0.8 weight 0.882).
 */

/** One piece of a query and how much its words count. */
export interface QueryPart {
  text: string;
  weight: number;
}

/** Weight of the signature's words (name, handle, date) against the post's own. */
export const SIGNATURE_WEIGHT = 0.8;

// Links are often glued to the word before them ("#tag" + "https://…", "text" + "pic.twitter.com/…").
const URL_RE = /(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S*/gi;
const TAG_RE = /[@#](\w+)/g;
// "— Name (@handle) Month d, yyyy" at the end of an embedded post.
const SIGNATURE_RE = /\s[—–]\s([^—–]{0,120}\(@\w+\)[^—–]{0,60})$/;

// The day of a post's date matches any claim with that small number; its month and year still say when.
const DAY_RE = /([A-Z][a-z]+)\s+\d{1,2},\s+(\d{4})/;

function splitCamel(tag: string): string {
  return tag
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([a-zA-Z])(\d)/g, '$1 $2')
    .replace(/(\d)([a-zA-Z])/g, '$1 $2')
    .replace(/_/g, ' ');
}

/** The words of `text` that can describe a claim: links removed, tags and handles split into words. */
export function cleanQueryText(text: string): string {
  return text.replace(URL_RE, ' ').replace(TAG_RE, (_, tag: string) => ' ' + splitCamel(tag) + ' ');
}

/** The query's body and, when present, its post signature (with a lower weight), each cleaned. */
export function queryParts(text: string): QueryPart[] {
  const noLinks = text.replace(URL_RE, ' ');
  const m = SIGNATURE_RE.exec(noLinks);
  if (!m) return [{ text: cleanQueryText(noLinks), weight: 1 }];
  return [
    { text: cleanQueryText(noLinks.slice(0, m.index)), weight: 1 },
    { text: cleanQueryText((m[1] ?? '').replace(DAY_RE, '$1 $2')), weight: SIGNATURE_WEIGHT },
  ];
}
