import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPackFile, formatReport, DEFAULT_PACK } from '@/lib/cli/dataset-check';
import { realPack } from './real-pack';

const dir = mkdtempSync(join(tmpdir(), 'parallax-check-'));

describe('dataset:check', () => {
  it('reports counts and headline coverage for the bundled pack', () => {
    const report = checkPackFile(resolve(__dirname, '../../..', DEFAULT_PACK));
    const pack = realPack();
    expect(report.ok).toBe(true);
    expect(report.stats).toMatchObject({ outlets: pack.outlets.length, events: pack.events.length, claims: pack.claims.length, reports: pack.reports.length });
    expect(report.stats?.headlineOutlets.lprRefusal).toBeGreaterThanOrEqual(4);
    expect(report.stats?.headlineOutlets.duginaKilling).toBeGreaterThanOrEqual(4);
    const text = formatReport(report);
    expect(text).toContain(`claims    ${pack.claims.length}`);
    expect(text).toMatch(/reports per event: min \d+, median \d+(\.5)?, max \d+/);
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
