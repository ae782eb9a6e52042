/**
 * A small, hand-kept table that lets reworded news meet the claim's wording:
 * demonyms meet their country (Ukrainian → Ukraine) and the few near-synonyms
 * that war reporting alternates between (injured/wounded, footage/video,
 * held/kept/detained).
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
  ['photograph', ['photo', 'pictur', 'imag', 'pic', 'snapshot']],
  ['immigr', ['migrant']],
  ['film', ['movi']],
  ['detain', ['held', 'kept', 'confin', 'imprison']],
];

/** Demonyms meet their country: a Mexican official, a Syrian girl. */
const DEMONYMS: [string, string[]][] = [
  ['america', ['american']],
  ['mexico', ['mexican']],
  ['syria', ['syrian']],
  ['china', ['chines']],
  ['iran', ['iranian']],
  ['israel', ['isra']],
  ['franc', ['french']],
  ['britain', ['british']],
  ['canada', ['canadian']],
  ['australia', ['australian']],
  ['germani', ['german']],
  ['itali', ['italian']],
  ['japan', ['japanes']],
  ['korea', ['korean']],
  ['india', ['indian']],
  ['iraq', ['iraqi']],
  ['afghanistan', ['afghan']],
  ['palestin', ['palestinian']],
  ['turkei', ['turkish']],
  ['cuba', ['cuban']],
  ['venezuela', ['venezuelan']],
  ['nigeria', ['nigerian']],
  ['ireland', ['irish']],
  ['spain', ['spanish']],
  ['sweden', ['swedish']],
  ['poland', ['polish']],
  ['estonia', ['estonian']],
  ['belaru', ['belarusian']],
  ['europ', ['european']],
  ['africa', ['african']],
  ['asia', ['asian']],
];

/** Stem → canonical stem. */
export const SYNONYMS: ReadonlyMap<string, string> = new Map(
  [...GROUPS, ...DEMONYMS].flatMap(([canon, stems]) => stems.map((s) => [s, canon] as [string, string])),
);
