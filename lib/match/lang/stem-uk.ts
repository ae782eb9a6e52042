/**
 * Ukrainian: the stemmer leaves one noun or adjective under several keys. A
 * noun in -ія keeps its і before -ї, -ях and -єю (територія → територ,
 * території → територі, територією → територіє), and an adjective loses -ова
 * as a whole ending but keeps -ов before -ого, -ому, -ий (примусова → примус,
 * примусового → примусов). Both leftovers are cut from what the stemmer
 * returns, so every form meets at one key.
 */

/** A Ukrainian stem with the stemmer's leftovers cut; never below three letters for -і, four for -ов. */
export function tidyUkrainianStem(stem: string): string {
  let out = stem;
  // -ії, -іях, -ією of a noun in -ія.
  const soft = /(?<=[^аеиоуюяіїє])(?:іє|і)$/.exec(out);
  if (soft && out.length - soft[0].length >= 3) out = out.slice(0, soft.index);
  // -ов of an adjective in -овий before a case ending.
  if (out.endsWith('ов') && out.length - 2 >= 4) out = out.slice(0, -2);
  return out;
}
