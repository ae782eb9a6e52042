/**
 * The languages the recognition engine analyses, and the mapping from the
 * BCP 47 tags pages declare (`<html lang="pt-BR">`) to them.
 */

/** Every language the engine stems and detects, in a stable order. */
export const LANGS = [
  'en',
  'uk',
  'ru',
  'de',
  'fr',
  'es',
  'it',
  'pl',
  'nl',
  'ro',
  'hu',
  'fi',
  'cs',
  'pt',
  'sr',
  // Read with the Serbian stemmer; told from Serbian by dialect words (detect.ts).
  'hr',
  'bs',
  // Read with light stemmers made like the Czech one (stem-cs.ts).
  'sk',
  'sl',
  // The Scandinavian languages, each with its own stemmer.
  'da',
  'no',
  'sv',
] as const;

/** A supported language, or 'und' when the text gives no usable evidence. */
export type Lang = (typeof LANGS)[number] | 'und';

/**
 * Languages read as a close neighbour, with its stemmer and its function words: Croatian and Bosnian
 * differ from Serbian in some words and in ije for e, not in their endings (vrijeme, vreme → vrem).
 */
export const READ_AS = { hr: 'sr', bs: 'sr' } as const satisfies Partial<Record<Lang, Lang>>;

/** The language `lang` is read as (see `READ_AS`): itself, or its neighbour. */
export function readAs(lang: Lang): Exclude<Lang, keyof typeof READ_AS> {
  return lang === 'hr' || lang === 'bs' ? READ_AS[lang] : lang;
}

const SUPPORTED: ReadonlySet<string> = new Set(LANGS);

// ISO 639-2/3 codes and legacy aliases that real pages still declare.
const ALIASES: ReadonlyMap<string, Lang> = new Map<string, Lang>([
  ['eng', 'en'],
  ['ukr', 'uk'],
  ['rus', 'ru'],
  ['deu', 'de'],
  ['ger', 'de'],
  ['fra', 'fr'],
  ['fre', 'fr'],
  ['spa', 'es'],
  ['ita', 'it'],
  ['pol', 'pl'],
  ['nld', 'nl'],
  ['dut', 'nl'],
  ['ron', 'ro'],
  ['rum', 'ro'],
  ['hun', 'hu'],
  ['fin', 'fi'],
  ['ces', 'cs'],
  ['cze', 'cs'],
  ['por', 'pt'],
  ['srp', 'sr'],
  ['hrv', 'hr'],
  ['scr', 'hr'],
  ['bos', 'bs'],
  ['slk', 'sk'],
  ['slo', 'sk'],
  ['slv', 'sl'],
  ['dan', 'da'],
  // Norwegian is declared as Bokmål or Nynorsk as often as by its macrolanguage code.
  ['nb', 'no'],
  ['nn', 'no'],
  ['nor', 'no'],
  ['nob', 'no'],
  ['nno', 'no'],
  ['swe', 'sv'],
  // Moldovan is Romanian under its withdrawn code.
  ['mo', 'ro'],
  ['mol', 'ro'],
  // "ua" is the country, not the language, but Ukrainian sites declare it often enough to matter.
  ['ua', 'uk'],
]);

/** The supported language of a BCP 47 tag ("de-DE", "sr-Latn", "pt_BR"), or null. */
export function baseLanguage(tag: string): Lang | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/, 1)[0] ?? '';
  if (SUPPORTED.has(primary)) return primary as Lang;
  return ALIASES.get(primary) ?? null;
}
