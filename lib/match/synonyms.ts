/**
 * A small, hand-kept table that lets reworded news meet the claim's wording:
 * demonyms meet their country (Ukrainian → Ukraine) and the few near-synonyms
 * that war reporting alternates between (injured/wounded, footage/video).
 * Keys and values are English stems (see stem-en.ts).
 */
const GROUPS: [string, string[]][] = [
  ['ukrain', ['ukrainian', 'ukrainians']],
  ['russia', ['russian', 'russians']],
  ['wound', ['injur', 'injuri']],
  ['kill', ['di', 'dead', 'slain']],
  ['video', ['footag', 'clip']],
  ['refus', ['declin', 'refusenik']],
  ['soldier', ['troop', 'fighter', 'servicemen', 'serviceman']],
  ['explos', ['blast', 'explod', 'detonat', 'bomb']],
  ['retak', ['retook', 'retaken', 'recaptur', 'regain', 'liber']],
  ['deni', ['reject']],
  ['flee', ['fled']],
  ['defens', ['defenc']],
  ['counteroffens', ['counterattack']],
  ['kilometr', ['km']],
  ['casualti', ['loss']],
];

/** Stem → canonical stem. */
export const SYNONYMS: ReadonlyMap<string, string> = new Map(GROUPS.flatMap(([canon, stems]) => stems.map((s) => [s, canon] as [string, string])));
