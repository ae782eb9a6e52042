/**
 * Corrections to what the Ukrainian and Russian stemmers return.
 *
 * Ukrainian: the stemmer leaves one noun or adjective under several keys. A
 * noun in -ія keeps its і before -ї, -ях and -єю (територія → територ,
 * території → територі, територією → територіє), and an adjective loses -ова
 * as a whole ending but keeps -ов before -ого, -ому, -ий (примусова → примус,
 * примусового → примусов). Both leftovers are cut, so every form meets at one key.
 *
 * Both: a noun in -изация / -ізація and its verb in -изовать / -ізувати
 * (мобилизация, мобилизовали, мобилизуют, мобилизованные) are one family, as
 * the English stemmer reads mobilisation, mobilised and mobilise as one: news
 * says either (принудительная мобилизация, принудительно мобилизуют).
 */

/** What the stemmers leave of -изация / -изовать and their forms after the root's -из / -із. */
const IZ_FAMILY = {
  ru: /(?<=.{3}из)(?:ац|ова|ован|у|уют|ует)$/,
  uk: /(?<=.{3}із)(?:ац|уют|ує|ува|ув|ован|ова|у)$/,
} as const;

/** A stem of the -изация family cut to its root: мобилизац, мобилизова, мобилизуют → мобилиз. */
export function foldIzFamily(stem: string, lang: keyof typeof IZ_FAMILY): string {
  return stem.replace(IZ_FAMILY[lang], '');
}

/** A Ukrainian stem with the stemmer's leftovers cut; never below three letters for -і, four for -ов. */
export function tidyUkrainianStem(stem: string): string {
  let out = stem;
  // -ії, -іях, -ією of a noun in -ія.
  const soft = /(?<=[^аеиоуюяіїє])(?:іє|і)$/.exec(out);
  if (soft && out.length - soft[0].length >= 3) out = out.slice(0, soft.index);
  out = foldIzFamily(out, 'uk');
  // -ов of an adjective in -овий before a case ending.
  if (out.endsWith('ов') && out.length - 2 >= 4) out = out.slice(0, -2);
  return out;
}
