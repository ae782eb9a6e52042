// The bundled pack as the tests see it: a fresh deep copy each time, so a test can mutate it freely.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import type { Pack } from '@/lib/dataset/types';

const text = readFileSync(resolve(__dirname, '../../../assets/pack/parallax.pack.json'), 'utf8');

/**
 * A mutable copy of the bundled pack's content. Its version and date are pinned
 * (1.0.0, 2026-11-21), so tests of upgrades and installed versions do not depend
 * on the number the shipped pack carries.
 */
export function realPack(): Pack {
  return { ...(JSON.parse(text) as Pack), version: '1.0.0', date: '2026-11-21' };
}

/**
 * The same pack as an older schema would have held it: without the fields later
 * schemas added (event terms in 2; former ids and fewer-outlets reasons in 3;
 * statements in other languages in 4). Changes `pack` in place and returns it.
 */
export function asSchema(pack: Pack, schema: 1 | 2 | 3): Pack {
  pack.schema = schema;
  for (const event of pack.events) {
    if (schema < 2) delete event.terms;
    if (schema < 3) delete event.formerIds;
  }
  for (const claim of pack.claims) {
    if (schema < 3) delete claim.formerIds;
    if (schema < 3) delete claim.fewerOutletsReason;
    delete claim.statements;
  }
  return pack;
}
