import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

import { compareClaim } from '../../../lib/compare/comparison';
import type { ClaimView } from '../../../lib/compare/types';
import type { Pack } from '../../../lib/dataset/types';
import { matchPage } from '../../../lib/match/index';
import { indexFor, pageOf, readRepoFile } from './helpers';

const PACK = 'assets/pack/parallax.pack.json';

// The outlet that published each seed (the Beyond News article was republished by newshouse.org).
const SEED_DOMAINS: Record<string, string> = {
  '000_416081c9e06a5122.txt': 'huffingtonpost.co.uk',
  '001_07d73b0ec3901f25.txt': 'express.co.uk',
  '002_62d71e0cabb55a84.txt': 'kyivpost.com',
  '003_60c5f87d1834adb6.txt': 'newsweek.com',
  '004_16fb67a022dad2e2.txt': 'beyondnews.org',
};

// Every claim each seed article reports, read by hand against the bundled pack:
// the matcher must find all of them and nothing else.
const EXPECTED: Record<string, string[]> = {
  '000_416081c9e06a5122.txt': [
    'lpr-unit-refusal-video',
    'lpr-fighters-duty-fulfilled',
    'putin-recognised-lpr-dpr',
    'russia-struggling-to-motivate-auxiliary-forces',
    'commanders-financial-incentives',
    'smo-classification-limits-coercion',
    'filatyev-condemns-invasion',
    'gatilov-diplomatic-solution-harder',
    'dugina-killed-car-bomb',
    'ukraine-denies-dugina-involvement',
  ],
  '001_07d73b0ec3901f25.txt': [
    'lpr-unit-refusal-video',
    'lpr-fighters-duty-fulfilled',
    'commanders-financial-incentives',
    'smo-classification-limits-coercion',
    'ukraine-estimate-45000-killed',
    'us-estimate-70-80k-casualties',
    'soviet-era-funeral-notices',
    'kremlin-avoids-national-mobilisation',
    'ukraine-warns-missile-strikes-independence-day',
    'russia-struggling-to-motivate-auxiliary-forces',
    'regions-form-volunteer-battalions',
    'russia-offers-cash-to-recruits',
  ],
  '002_62d71e0cabb55a84.txt': [
    'dpr-107th-regiment-refusal-video',
    'refusals-in-russian-units',
    'occupied-territories-forced-conscription',
    'mariupol-men-filtration',
  ],
  '003_60c5f87d1834adb6.txt': [
    'khakassia-rosgvardia-11-refuse',
    'pentagon-units-laid-down-weapons',
    'krasnodar-omon-refused-to-enter-ukraine',
    'refusals-in-russian-units',
    'russia-offers-cash-to-recruits',
  ],
  '004_16fb67a022dad2e2.txt': [
    'kharkiv-counteroffensive-territory-retaken',
    'volunteer-units-categorically-refusing',
    'arestovych-too-many-pows',
    'russian-forces-turn-on-each-other',
    // Found since sentences inside an event the whole article reports need a lower bar:
    'russian-soldiers-surrender-kharkiv',
    'wounded-treatment-deters-recruits',
    // Its headline, "Massive Numbers of Russian Soldiers Refuse to Fight", found since a claim told by many
    // sources needs none of them named.
    'refusals-in-russian-units',
    // The FSB and GRU shootout is found as part of 'russian-forces-turn-on-each-other'.
  ],
};

describe.runIf(existsSync(resolve(__dirname, '../../..', PACK)))('seed articles against the bundled pack', () => {
  const index = indexFor(PACK);

  for (const [file, claims] of Object.entries(EXPECTED)) {
    it(`${file} reports exactly ${claims.length} known claims`, () => {
      const found = new Set(
        matchPage(index, pageOf(readRepoFile(`tests/fixtures/seeds/${file}`))).claims.map((c) => c.id),
      );
      expect([...found].sort()).toEqual([...claims].sort());
    });
  }

  // What a reader on the seed's own page sees in the popover of each highlighted claim.
  const pack = JSON.parse(readRepoFile(PACK)) as Pack;
  function viewOf(claimId: string): ClaimView {
    const claim = pack.claims.find((c) => c.id === claimId);
    const event = pack.events.find((e) => e.id === claim?.eventId);
    if (!claim || !event) throw new Error(`no claim ${claimId}`);
    const reports = pack.reports
      .filter((r) => r.claimId === claimId)
      .flatMap((report) => {
        const outlet = pack.outlets.find((o) => o.id === report.outletId);
        return outlet ? [{ report, outlet }] : [];
      });
    return { claim, event, reports, entities: [] };
  }

  for (const [file, domain] of Object.entries(SEED_DOMAINS)) {
    it(`${file}: every claim it highlights is compared with other outlets' reports`, () => {
      const here = pack.outlets.find((o) => o.domains.includes(domain));
      expect(here, domain).toBeDefined();
      const found = [
        ...new Set(matchPage(index, pageOf(readRepoFile(`tests/fixtures/seeds/${file}`))).claims.map((c) => c.id)),
      ];
      const others = found.map((id) => ({
        id,
        others: compareClaim(viewOf(id), here?.id ?? null).others.length,
        reason: viewOf(id).claim.fewerOutletsReason,
      }));
      // At least one comparison on every seed; a claim without one must say why it has so few outlets.
      expect(others.filter((c) => c.others > 0).length).toBeGreaterThan(0);
      expect(others.filter((c) => c.others === 0 && !c.reason).map((c) => c.id)).toEqual([]);
    });
  }
});
