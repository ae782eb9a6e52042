import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchPage } from '../../../lib/match/index';
import { indexFor, pageOf, readRepoFile } from './helpers';

const PACK = 'assets/pack/parallax.pack.json';

// The claims each seed article reports, read by hand against the bundled pack.
const EXPECTED: Record<string, string[]> = {
  '000_416081c9e06a5122.txt': ['lpr-unit-refusal-video', 'lpr-fighters-duty-fulfilled', 'russia-struggling-to-motivate-auxiliary-forces', 'dugina-killed-car-bomb', 'filatyev-condemns-invasion'],
  '001_07d73b0ec3901f25.txt': ['lpr-unit-refusal-video', 'lpr-fighters-duty-fulfilled', 'ukraine-estimate-45000-killed', 'us-estimate-70-80k-casualties', 'soviet-era-funeral-notices'],
  '002_62d71e0cabb55a84.txt': ['dpr-107th-regiment-refusal-video', 'cit-20-40-percent-refusing', 'melitopol-conscription-registration'],
  '003_60c5f87d1834adb6.txt': ['khakassia-rosgvardia-11-refuse', 'pentagon-units-laid-down-weapons', 'benyash-many-refuse-to-fight'],
  '004_16fb67a022dad2e2.txt': ['kharkiv-counteroffensive-territory-retaken', 'volunteer-units-categorically-refusing'],
};

describe.runIf(existsSync(resolve(__dirname, '../../..', PACK)))('seed articles against the bundled pack', () => {
  const index = indexFor(PACK);
  const eventOf = new Map(index.claims.claimIds.map((id, i) => [id, index.claims.eventIds[i]]));

  for (const [file, claims] of Object.entries(EXPECTED)) {
    it(`${file} reports ${claims.join(', ')}`, () => {
      const found = new Set(matchPage(index, pageOf(readRepoFile(`tests/fixtures/seeds/${file}`))).claims.map((c) => c.id));
      for (const id of claims) expect(found).toContain(id);
    });
  }

  it('the LPR refusal article matches no claim of the DPR refusal or the Kharkiv counteroffensive', () => {
    const hits = matchPage(index, pageOf(readRepoFile('tests/fixtures/seeds/000_416081c9e06a5122.txt'))).claims;
    const events = new Set(hits.map((h) => eventOf.get(h.id)));
    expect(events).not.toContain('dpr-107th-regiment-video');
    expect(events).not.toContain('kharkiv-counteroffensive');
  });
});
