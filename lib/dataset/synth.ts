/**
 * Deterministic synthetic packs for load and matching benchmarks: realistic
 * shapes (aliases of one to four words in Latin and Cyrillic, events with
 * several claims, several outlets per claim) at any size, always valid.
 */
import {
  CERTAINTIES,
  ENTITY_KINDS,
  PACK_SCHEMA_VERSION,
  type Alias,
  type Claim,
  type Entity,
  type Outlet,
  type Pack,
  type PackEvent,
  type Report,
} from './types';

/** Sizes and seed of a synthetic pack. */
export interface SynthOptions {
  entities: number;
  claims: number;
  seed?: number;
  /** Claims per event (default 3). */
  claimsPerEvent?: number;
  /** Reports per claim (default 3). */
  reportsPerClaim?: number;
  outlets?: number;
  version?: string;
}

// Syllables written in both scripts, so every name has a plausible transliteration.
const SYLLABLES: readonly (readonly [string, string])[] = [
  ['ka', 'ка'],
  ['ro', 'ро'],
  ['vy', 'вы'],
  ['len', 'лен'],
  ['mir', 'мир'],
  ['sha', 'ша'],
  ['dov', 'дов'],
  ['ko', 'ко'],
  ['na', 'на'],
  ['ti', 'ти'],
  ['zhe', 'же'],
  ['bo', 'бо'],
  ['ga', 'га'],
  ['lev', 'лев'],
  ['sk', 'ск'],
  ['ov', 'ов'],
  ['in', 'ин'],
  ['ya', 'я'],
  ['lu', 'лу'],
  ['pe', 'пе'],
  ['gor', 'гор'],
  ['an', 'ан'],
  ['dru', 'дру'],
  ['mak', 'мак'],
  ['se', 'се'],
  ['vo', 'во'],
  ['rin', 'рин'],
  ['tov', 'тов'],
];
const WORDS = [
  'forces',
  'officials',
  'reported',
  'regional',
  'command',
  'units',
  'refused',
  'deployment',
  'video',
  'estimate',
  'statement',
  'border',
  'village',
  'casualties',
  'contract',
  'soldiers',
  'volunteers',
  'battalion',
  'ministry',
  'said',
  'according',
  'intelligence',
  'recruitment',
  'offensive',
  'prisoners',
  'payments',
  'denied',
  'claimed',
  'district',
  'brigade',
];
const COUNTRIES = ['GB', 'UA', 'US', 'DE', 'PL', 'IT', 'FR', 'RU', 'IN', 'IE'];
const LANGS = ['en', 'uk', 'ru', 'de', 'pl', 'it'];

/** Mulberry32: a tiny seeded PRNG, so the same seed always gives the same data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

class Gen {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = seededRandom(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)] as T;
  }
  /** One word in Latin and Cyrillic. */
  word(): [string, string] {
    let latin = '';
    let cyrillic = '';
    for (let n = this.int(2, 4); n > 0; n--) {
      const [l, c] = this.pick(SYLLABLES);
      latin += l;
      cyrillic += c;
    }
    return [capital(latin), capital(cyrillic)];
  }
  sentence(min: number, max: number): string {
    const words = Array.from({ length: this.int(min, max) }, () => this.pick(WORDS));
    return capital(words.join(' ')) + '.';
  }
}

function synthEntity(g: Gen, i: number): Entity {
  const words = Array.from({ length: g.int(1, 3) }, () => g.word());
  const latin = words.map((w) => w[0]).join(' ');
  const cyrillic = words.map((w) => w[1]).join(' ');
  const aliases: Alias[] = [
    { text: latin, lang: 'en' },
    { text: cyrillic, lang: 'ru' },
  ];
  if (words.length > 1) aliases.push({ text: words[words.length - 1]?.[0] ?? latin, lang: 'en', ambiguous: true });
  if (g.next() < 0.3) aliases.push({ text: `${latin} ${g.word()[0]}`, lang: 'en' });
  if (g.next() < 0.2)
    aliases.push({
      text:
        words
          .map((w) => w[0].charAt(0))
          .join('')
          .toUpperCase() + `${i % 97}`,
      lang: 'en',
      ambiguous: true,
    });
  const unique = aliases.filter((a, k) => aliases.findIndex((b) => b.text === a.text) === k);
  return {
    id: `ent-${i}`,
    kind: g.pick(ENTITY_KINDS),
    name: latin,
    aliases: unique,
    description: `Synthetic entity number ${i}.`,
  };
}

/** Builds a synthetic pack that passes `validatePack`. */
export function synthPack(opts: SynthOptions): Pack {
  const g = new Gen(opts.seed ?? 1);
  const perEvent = opts.claimsPerEvent ?? 3;
  const perClaim = opts.reportsPerClaim ?? 3;
  const outletCount = Math.max(opts.outlets ?? 200, perClaim);
  const outlets: Outlet[] = Array.from({ length: outletCount }, (_, i) => ({
    id: `outlet-${i}`,
    name: `${g.word()[0]} ${g.pick(['News', 'Post', 'Times', 'Daily', 'Herald'])}`,
    domains: [`outlet-${i}.example.com`],
    country: g.pick(COUNTRIES),
    language: g.pick(LANGS),
  }));
  const entities = Array.from({ length: opts.entities }, (_, i) => synthEntity(g, i));
  const pickEntities = (n: number): string[] =>
    entities.length === 0 ? [] : [...new Set(Array.from({ length: n }, () => g.pick(entities).id))];
  const events: PackEvent[] = [];
  const claims: Claim[] = [];
  const reports: Report[] = [];
  for (let c = 0; c < opts.claims; c++) {
    if (c % perEvent === 0) {
      const day = 1 + (events.length % 28);
      events.push({
        id: `event-${events.length}`,
        title: g.sentence(4, 8).slice(0, -1),
        date: { start: `2022-${String(1 + (events.length % 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}` },
        place: g.word()[0],
        summary: g.sentence(10, 18),
        entityIds: pickEntities(4),
      });
    }
    const eventId = `event-${events.length - 1}`;
    const claimId = `claim-${c}`;
    const figure = g.int(1, 90) * 1000;
    claims.push({
      id: claimId,
      eventId,
      statement: g.sentence(8, 14),
      hints: {
        terms: [g.pick(WORDS), `${g.pick(WORDS)} ${g.pick(WORDS)}`],
        entityIds: pickEntities(2),
        figures: [figure],
      },
    });
    const first = g.int(0, outletCount - 1);
    for (let r = 0; r < perClaim; r++) {
      const outletId = `outlet-${(first + r) % outletCount}`;
      reports.push({
        id: `${outletId}--${claimId}`,
        claimId,
        eventId,
        outletId,
        url: `https://${outletId}.example.com/${claimId}`,
        date: `2022-${String(g.int(1, 12)).padStart(2, '0')}-${String(g.int(1, 28)).padStart(2, '0')}`,
        headline: g.next() < 0.5 ? g.sentence(6, 12) : null,
        attributedTo: [g.word()[0]],
        certainty: g.pick(CERTAINTIES),
        figures:
          g.next() < 0.4 ? [{ value: figure, unit: 'people', what: 'synthetic count', source: g.word()[0] }] : [],
        keyTerms: [g.pick(WORDS), `${g.pick(WORDS)} ${g.pick(WORDS)}`],
      });
    }
  }
  return {
    schema: PACK_SCHEMA_VERSION,
    version: opts.version ?? '0.0.1',
    date: '2026-11-21',
    outlets,
    entities,
    events,
    claims,
    reports,
  };
}
