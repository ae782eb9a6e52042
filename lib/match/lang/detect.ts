/**
 * Language of a page: a vote over the start of the text, and the declared
 * `<html lang>` when it names a supported language the text does not plainly
 * contradict (a site template's default, `en` on a Ukrainian page, is wrong
 * more often than a vote over a few hundred words). The script decides
 * first (Cyrillic: Russian, Ukrainian or Serbian); within a script, function
 * words and tell-tale letters vote, each weighted by how many languages share
 * it. Croatian and Bosnian vote as Serbian, whose function words they share;
 * a Latin text read as Serbian is then told apart by dialect words. Reads the original text, accents included, and costs well under a
 * millisecond because it looks at the first few thousand characters only.
 */
import { builtOnFirstUse } from '../memo';
import { CharClass, charClass } from '../normalise';
import { DIALECT_WORDS, FUNCTION_WORDS, LETTERS, SERBIAN_CYRILLIC_WORDS, type Voter } from './function-words';
import { baseLanguage, LANGS, type Lang } from './languages';

export { baseLanguage, type Lang } from './languages';

/** Characters read: a few hundred words decide as well as the whole page. */
const SAMPLE = 3000;
/** A tell-tale letter counts half a function word: letters are many, words are evidence of grammar. */
const LETTER_WEIGHT = 0.5;
/** Below this share of function words in the text, the language is none of ours. */
const MIN_SHARE = 0.05;

const CYRILLIC_LANGS: readonly Lang[] = ['ru', 'uk', 'sr'];
// Serbian is written in both alphabets; Croatian and Bosnian are found through it.
const LATIN_LANGS: readonly Lang[] = LANGS.filter((l) => l !== 'ru' && l !== 'uk' && l !== 'hr' && l !== 'bs');
// In this order, so that a tie (no dialect word, or as many of each) stays Serbian.
const SHTOKAVIAN = ['sr', 'hr', 'bs'] as const;
const isShtokavian = (lang: Lang): boolean => (SHTOKAVIAN as readonly Lang[]).includes(lang);
const INDEX = new Map<Lang, number>(LANGS.map((l, i) => [l, i]));

type Votes = Map<string, readonly (readonly [number, number])[]>;

/** Each key votes for every language listing it, with weight 1/(number of such languages). */
function buildVotes(lists: readonly (readonly [Lang, readonly string[]])[]): Votes {
  const langsOf = new Map<string, Set<number>>();
  for (const [lang, keys] of lists) {
    for (const k of keys) {
      if (!k) continue;
      let set = langsOf.get(k);
      if (!set) langsOf.set(k, (set = new Set()));
      set.add(INDEX.get(lang) ?? 0);
    }
  }
  const votes: Votes = new Map();
  for (const [k, set] of langsOf)
    votes.set(
      k,
      [...set].map((i) => [i, 1 / set.size] as const),
    );
  return votes;
}

const VOTES = builtOnFirstUse(() => ({
  words: buildVotes([
    ...(Object.keys(FUNCTION_WORDS) as Voter[]).map((l) => [l, FUNCTION_WORDS[l].split(' ')] as const),
    ['sr', SERBIAN_CYRILLIC_WORDS.split(' ')],
  ]),
  dialect: buildVotes(SHTOKAVIAN.map((l) => [l, DIALECT_WORDS[l].split(' ')] as const)),
  letters: buildVotes(LANGS.map((l) => [l, [...(LETTERS[l] ?? '')]] as const)),
}));

function addVotes(
  scores: Float64Array,
  votes: readonly (readonly [number, number])[] | undefined,
  weight: number,
): void {
  if (!votes) return;
  for (const [i, w] of votes) scores[i] = (scores[i] ?? 0) + w * weight;
}

function best(scores: Float64Array, among: readonly Lang[]): [Lang, number] {
  let top: Lang = 'und';
  let topScore = 0;
  for (const l of among) {
    const s = scores[INDEX.get(l) ?? 0] ?? 0;
    if (s > topScore) [top, topScore] = [l, s];
  }
  return [top, topScore];
}

/**
 * A tag stands while its language has at least this share of the votes the text gives the language it reads as:
 * it settles a close call (a short text, few function words, a neighbour language), not a plain contradiction.
 */
const TAG_SHARE = 0.5;

/** What the text says of its language: the language it reads as, its script, and every language's votes. */
interface Reading {
  lang: Lang;
  script: 'cyrillic' | 'latin' | null;
  scores: Float64Array;
}

/** The language of `text`, by vote; a supported `declared` tag (from `<html lang>`) wins unless the text plainly contradicts it. */
export function detectLanguage(text: string, declared?: string): Lang {
  const fromTag = declared ? baseLanguage(declared) : null;
  const read = readLanguage(text);
  if (!fromTag || read.lang === 'und' || read.lang === fromTag) return fromTag ?? read.lang;
  // Serbian is written in both scripts; Croatian and Bosnian are told from it by dialect words only.
  const inScript = fromTag === 'sr' || (read.script === 'cyrillic') === CYRILLIC_LANGS.includes(fromTag);
  if (!inScript) return read.lang;
  if (isShtokavian(fromTag) && isShtokavian(read.lang)) return fromTag;
  const votes = (lang: Lang): number => read.scores[INDEX.get(lang) ?? 0] ?? 0;
  return votes(fromTag) >= TAG_SHARE * votes(read.lang) ? fromTag : read.lang;
}

/** The language the start of `text` reads as, by script, function words and tell-tale letters. */
function readLanguage(text: string): Reading {
  // Romanian is still often typed with cedillas (ş ţ) instead of commas (ș ț).
  const sample = text.slice(0, SAMPLE).toLowerCase().normalize('NFC').replace(/ş/g, 'ș').replace(/ţ/g, 'ț');
  const votes = VOTES();
  const scores = new Float64Array(LANGS.length);
  const dialect = new Float64Array(LANGS.length);
  let cyrillic = 0;
  let latin = 0;
  let words = 0;
  let start = -1;
  // One pass: count letters per script, let tell-tale letters vote, and cut
  // words at every non-letter (apostrophes too: l'armée gives l and armée).
  for (let i = 0; i <= sample.length; i++) {
    const c = i < sample.length ? sample.charCodeAt(i) : 32;
    let letter = c >= 97 && c <= 122;
    if (letter) {
      latin++;
    } else if (c >= 128) {
      letter = charClass(c) === CharClass.Word;
      if (letter) {
        if (c >= 0x400 && c <= 0x52f) cyrillic++;
        else if (c <= 0x24f) latin++;
        addVotes(scores, votes.letters.get(sample.charAt(i)), LETTER_WEIGHT);
      }
    }
    if (letter) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      words++;
      const word = sample.slice(start, i);
      addVotes(scores, votes.words.get(word), 1);
      addVotes(dialect, votes.dialect.get(word), 1);
      start = -1;
    }
  }
  if (cyrillic === 0 && latin === 0) return { lang: 'und', script: null, scores };
  if (cyrillic > latin) {
    // Cyrillic with no evidence for any of the three (a list of names, or
    // Bulgarian) is read as the most common of them.
    const [lang] = best(scores, CYRILLIC_LANGS);
    return { lang: lang === 'und' ? 'ru' : lang, script: 'cyrillic', scores };
  }
  const [lang, score] = best(scores, LATIN_LANGS);
  if (score < Math.max(1, words * MIN_SHARE)) return { lang: 'und', script: 'latin', scores };
  if (lang !== 'sr') return { lang, script: 'latin', scores };
  const [variant] = best(dialect, SHTOKAVIAN);
  return { lang: variant === 'und' ? 'sr' : variant, script: 'latin', scores };
}
