/**
 * Synthetic packs for the matcher benchmark: many entities with Latin and
 * Cyrillic multi-word aliases, and many claims built from news vocabulary, so
 * index size and page cost can be measured at 10k–100k aliases.
 * Deterministic (seeded) so runs are comparable.
 */
import { seededRandom } from '../../lib/dataset/synth';
import type { Claim, Entity } from '../../lib/dataset/types';

const LATIN = [
  'ka',
  'ro',
  'vi',
  'len',
  'mar',
  'to',
  'sha',
  'dor',
  'mi',
  'nek',
  'bo',
  'zan',
  'tri',
  'el',
  'gor',
  'sky',
  'ov',
  'in',
  'ya',
  'ust',
];
const CYRILLIC = [
  'ка',
  'ро',
  'ви',
  'лен',
  'мар',
  'то',
  'ша',
  'дор',
  'ми',
  'нек',
  'бо',
  'зан',
  'три',
  'ель',
  'гор',
  'ский',
  'ов',
  'ин',
  'я',
  'уст',
];
const WORDS = (
  'army soldiers refused fight unit video deployed offensive ministry defence estimate killed wounded casualties ' +
  'bomb car explosion denied involvement border region city battalion regiment commander officers dismissed court ' +
  'lawyer paratrooper memoir asylum counteroffensive retook territory fled surrendered troops recruits incentives ' +
  'motivation volunteers mobilisation report statement footage channel intelligence update losses figures'
).split(' ');

function word(r: () => number, syllables: string[]): string {
  const n = 2 + Math.floor(r() * 3);
  let w = '';
  for (let i = 0; i < n; i++) w += syllables[Math.floor(r() * syllables.length)];
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** `aliasCount` aliases spread over entities with four aliases each (two Latin, two Cyrillic). */
export function synthEntities(aliasCount: number, seed = 1): Entity[] {
  const r = seededRandom(seed);
  const out: Entity[] = [];
  for (let i = 0; out.length * 4 < aliasCount; i++) {
    const latin = [word(r, LATIN), word(r, LATIN)];
    const cyr = [word(r, CYRILLIC), word(r, CYRILLIC)];
    out.push({
      id: `synth-${i}`,
      kind: i % 4 === 0 ? 'place' : 'person',
      name: latin.join(' '),
      aliases: [
        { text: latin.join(' '), lang: 'en' },
        { text: latin[1] ?? '', lang: 'en' },
        { text: cyr.join(' '), lang: 'ru' },
        { text: cyr[1] ?? '', lang: 'ru' },
      ],
      description: 'Synthetic entity.',
    });
  }
  return out;
}

/** `count` claims of 8–16 news words, each with three hint terms. */
export function synthClaims(count: number, seed = 2): Claim[] {
  const r = seededRandom(seed);
  const pick = (): string => WORDS[Math.floor(r() * WORDS.length)] ?? 'army';
  return Array.from({ length: count }, (_, i) => ({
    id: `synth-claim-${i}`,
    eventId: `synth-event-${i % 500}`,
    statement: Array.from({ length: 8 + Math.floor(r() * 9) }, pick).join(' ') + ` ${word(r, LATIN)}`,
    hints: { terms: [pick(), `${pick()} ${pick()}`, word(r, LATIN)], entityIds: [] },
  }));
}
