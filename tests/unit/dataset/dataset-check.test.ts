import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

import { PACK_SOURCE_FILE } from '@/lib/build/pack-file';
import { checkPackFile, formatReport } from '@/lib/cli/dataset-check';

import { realPack } from './real-pack';

const dir = mkdtempSync(join(tmpdir(), 'parallax-check-'));

describe('dataset:check', () => {
  it('reports counts and headline coverage for the bundled pack', () => {
    const report = checkPackFile(resolve(__dirname, '../../..', PACK_SOURCE_FILE));
    const pack = realPack();
    expect(report.ok).toBe(true);
    expect(report.stats).toMatchObject({
      outlets: pack.outlets.length,
      events: pack.events.length,
      claims: pack.claims.length,
      reports: pack.reports.length,
    });
    expect(report.stats?.headlineOutlets.lprRefusal).toBeGreaterThanOrEqual(4);
    expect(report.stats?.headlineOutlets.duginaKilling).toBeGreaterThanOrEqual(4);
    const text = formatReport(report);
    expect(text).toContain(`claims    ${pack.claims.length}`);
    expect(text).toMatch(/reports per event: min \d+, median \d+(\.5)?, max \d+/);
    expect(report.coverage).toEqual([]);
    expect(text).toMatch(/claims under 3 outlets: (\d+), \1 of them with a written reason/);
    expect(text).toContain('events under 4 outlets: 0');
  });

  it('fails a valid pack with a claim of too few outlets and no reason, and says which', () => {
    const pack = realPack();
    const claim = pack.claims.find(
      (c) => c.fewerOutletsReason === undefined && pack.reports.filter((r) => r.claimId === c.id).length >= 3,
    );
    if (!claim) throw new Error('no claim');
    const first = pack.reports.find((r) => r.claimId === claim.id);
    pack.reports = pack.reports.filter((r) => r.claimId !== claim.id || r === first);
    const file = join(dir, 'thin.json');
    writeFileSync(file, JSON.stringify(pack));
    const report = checkPackFile(file);
    expect(report).toMatchObject({ ok: false, issues: [] });
    expect(report.coverage).toContain(
      `claim '${claim.id}' is reported by 1 outlet(s); at least 3, or a fewerOutletsReason, needed`,
    );
    expect(formatReport(report)).toMatch(/valid, but \d+ coverage problem\(s\)[\s\S]*COVERAGE claim/);
  });

  it('lists every issue of a bad pack', () => {
    const pack = realPack();
    const claim = pack.claims[3];
    if (claim) claim.eventId = 'foo';
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(pack));
    const report = checkPackFile(file);
    expect(report.ok).toBe(false);
    expect(report.issues).toContain("claims[3].eventId: no event with id 'foo'");
    expect(formatReport(report)).toMatch(/INVALID \(\d+ issues\)\n {2}claims\[3\]\.eventId: no event with id 'foo'/);
  });

  it('says when a file is not JSON', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{ not json');
    const report = checkPackFile(file);
    expect(report.ok).toBe(false);
    expect(report.issues[0]).toContain(file);
  });
});
