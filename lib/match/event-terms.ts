/**
 * Keys under which events' distinctive terms and an article's words meet: the
 * stem of a content word in its language, or two neighbouring content stems
 * joined by a space ("killed and wounded" and "killed or wounded" both give
 * "kill wound"). A term of several words is known by its neighbouring pairs.
 *
 * A Ukrainian plural noun in -ти or -ли reads to the stemmer as a verb
 * (солдати → солд, військкомати → військком, підпали → підп: the endings of
 * the infinitive and the past) while its other forms keep the noun's stem
 * (солдатів → солдат). Such a word gets a second reading, the stem of its form
 * without -и, so that солдати meets солдатів; a word is still counted once.
 *
 * German verbs: the stemmer leaves the participle (geweigert, zurückgekehrt),
 * the infinitive with zu (zurückzukehren) and the third person (weigert) apart
 * from the infinitive (weigern → weig). Such a word gets a second reading, the
 * stem of the infinitive it reads as, so that "weigert sich" meets "sich weigern".
 */
import { baseLanguage, type Lang } from './lang/detect';
import { isFunctionWordOf } from './lang/hint-words';
import { stemmerFor } from './lang/stem';
import { memoise } from './memo';
import { STOPWORDS } from './stoplist';
import { createTokens, TokenFlag, tokenize, type Tokens } from './tokenize';

/** Words this short carry no evidence on their own (articles, prepositions in most languages). */
const MIN_WORD = 3;

/** The stem of a folded token in `lang`, or null for a function word or a number. */
export function termStem(norm: string, flags: number, lang: Lang): string | null {
  if (flags & TokenFlag.Numeric || norm.length < MIN_WORD || STOPWORDS.has(norm)) return null;
  return stemmerFor(lang)(norm);
}

/**
 * The readings of a folded token: its stem, and for a Ukrainian plural the stemmer cut as a verb
 * (see above) the stem of its form without -и, when that keeps more of the word.
 */
export function termStems(norm: string, flags: number, lang: Lang): string[] {
  const stem = termStem(norm, flags, lang);
  if (stem === null) return [];
  if (lang === 'de') {
    const verb = germanVerbStem(norm);
    return verb !== '' && verb !== stem ? [stem, verb] : [stem];
  }
  if (lang !== 'uk' || !norm.endsWith('и') || norm.length < 6) return [stem];
  const noun = stemmerFor(lang)(norm.slice(0, -1));
  return noun.length > stem.length && noun.startsWith(stem) ? [stem, noun] : [stem];
}

/** Separable prefixes a German infinitive with zu, or a participle, carries before zu or ge. */
const GERMAN_PREFIX = '(ab|an|auf|aus|bei|ein|fest|fort|her|hin|los|mit|nach|vor|weg|weiter|zu|zuruck|zusammen)?';
const GERMAN_PARTICIPLE = new RegExp(`^${GERMAN_PREFIX}ge([a-z]{3,}?)e?t$`);
const GERMAN_ZU = new RegExp(`^${GERMAN_PREFIX.slice(0, -1)}zu([a-z]{3,})en$`);
const GERMAN_THIRD_PERSON = /^([a-z]{3,}?)e?t$/;

/**
 * The infinitive a folded German verb form reads as, or null: a weak participle (geweigert → weigeren,
 * zuruckgekehrt → zuruckkehren), an infinitive with zu (zuruckzukehren → zuruckkehren), or a third person
 * in -t (weigert → weigeren). Weigeren is no word, but it stems as weigern does.
 */
function germanInfinitive(norm: string): string | null {
  if (norm.length < 6) return null;
  const participle = GERMAN_PARTICIPLE.exec(norm);
  if (participle) return `${participle[1] ?? ''}${participle[2]}en`;
  const zu = GERMAN_ZU.exec(norm);
  if (zu) return `${zu[1]}${zu[2]}en`;
  const third = GERMAN_THIRD_PERSON.exec(norm);
  return third ? `${third[1]}en` : null;
}

/** The stem of the infinitive a German word reads as, or '' (kept per word: a page and the claims ask for it often). */
const germanVerbStem = memoise((norm: string): string => {
  const infinitive = germanInfinitive(norm);
  return infinitive === null ? '' : stemmerFor('de')(infinitive);
});

/** The key of two neighbouring readings. */
const pairKey = (a: string, b: string): string => `${a} ${b}`;

/** Every key of neighbouring readings: each reading of one word with each of the next. */
function pairsOf(a: readonly string[], b: readonly string[]): string[] {
  return a.flatMap((x) => b.map((y) => pairKey(x, y)));
}

/**
 * The keys of one event term written in `lang`. A term in a language the
 * matcher does not analyse (Lithuanian, Latvian) is keyed unstemmed, as a page
 * in that language is read: stemmed as English, "protestas" would lose its s
 * and never meet the page's word.
 */
export function eventTermKeys(text: string, lang: string): string[] {
  const toks = tokenize(text, createTokens(8));
  const language: Lang = baseLanguage(lang) ?? 'und';
  const words: string[][] = [];
  let numbers = 0;
  for (let t = 0; t < toks.count; t++) {
    if ((toks.flags[t] ?? 0) & TokenFlag.Numeric) numbers++;
    // A function word of the term's language (mehr als, protiv, mod) is no part of its key: "protesti
    // protiv mobilizacije" is known by "protest mobilizacij", as a page that writes it is read.
    if (isFunctionWordOf(toks.norm[t] ?? '', language)) continue;
    const stems = termStems(toks.norm[t] ?? '', toks.flags[t] ?? 0, language);
    if (stems.length > 0) words.push(stems);
  }
  // A term whose number carries it (18-35 років, до 30 лет) is no term without it: one word is left,
  // "years", which every page has. Figures are read as figures (claim-evidence.ts).
  if (numbers > 0 && words.length <= 1) return [];
  if (words.length <= 1) return words[0] ?? [];
  const pairs: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) pairs.push(...pairsOf(words[i] ?? [], words[i + 1] ?? []));
  return pairs;
}

const firstsMade = new WeakMap<readonly string[], Set<string>>();

/** The first words of the two-word keys among `keys` (built once per list): the words a pair can begin with. */
export function pairFirsts(keys: readonly string[]): Set<string> {
  let firsts = firstsMade.get(keys);
  if (!firsts) {
    firsts = new Set(keys.filter((k) => k.includes(' ')).map((k) => k.slice(0, k.indexOf(' '))));
    firstsMade.set(keys, firsts);
  }
  return firsts;
}

/** Called with each key of a page: the key, the token it starts at, and whether it is a pair. */
export type PageTermVisitor = (key: string, tok: number, pair: boolean) => void;

/**
 * Visits the keys of the tokens [from, to) of a page in `lang`, each with the token it starts at and whether
 * it is a pair; the readings of one word (or one pair) come together, the plain reading first. (A visitor,
 * not a list: a page has tens of thousands of keys, and a list of them was a tenth of a page's garbage.)
 */
export function pageTermKeys(
  toks: Tokens,
  from: number,
  to: number,
  lang: Lang,
  visit: PageTermVisitor,
  mask?: Uint8Array,
  firsts?: ReadonlySet<string>,
): void {
  let prev: string[] | null = null;
  let prevTok = -1;
  for (let t = from; t < to; t++) {
    const norm = toks.norm[t] ?? '';
    // A function word of the page's language (det, hij, kell, tot) is no word of any event, whatever a
    // term in another language stems to: like an English one, it stands between the words of a pair.
    const functionWord = isFunctionWordOf(norm, lang);
    const stems = mask?.[t] || functionWord ? [] : termStems(norm, toks.flags[t] ?? 0, lang);
    if (stems.length === 0) {
      // Function words between two content words keep the pair; anything else breaks it.
      if (norm.length >= MIN_WORD && !STOPWORDS.has(norm) && !functionWord) prev = null;
      continue;
    }
    for (const key of stems) visit(key, t, false);
    // Only a word that begins some two-word term can begin a pair worth looking up (`firsts`, when given).
    if (prev !== null && (!firsts || prev.some((p) => firsts.has(p))))
      for (const a of prev) for (const b of stems) visit(pairKey(a, b), prevTok, true);
    prev = stems;
    prevTok = t;
  }
}
