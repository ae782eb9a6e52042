import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

import { buildPack } from '@/lib/cli/dataset-build';
import { assemblePack, splitPack } from '@/lib/dataset/build';

import { realPack } from './real-pack';

const ROOT = resolve(__dirname, '../../..');
const SRC = join(ROOT, 'assets/pack/src');
const SCHEMA = join(ROOT, 'assets/pack/schema/pack-source.schema.json');

function copyOfSources(): string {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-src-'));
  cpSync(SRC, dir, { recursive: true });
  return dir;
}

describe('building the pack from its sources', () => {
  it('builds exactly the bundled pack from the committed sources', () => {
    const result = buildPack(SRC, SCHEMA);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.text).toBe(readFileSync(join(ROOT, 'assets/pack/parallax.pack.json'), 'utf8'));
  });

  it('names the file and field of a source that breaks the published schema, and builds nothing', () => {
    const dir = copyOfSources();
    try {
      const file = join(dir, 'events/darya-dugina-killing.json');
      const source = JSON.parse(readFileSync(file, 'utf8')) as { reports: { certainty: string; keyTerms: string[] }[] };
      const report = source.reports[0];
      if (!report) throw new Error('no report');
      report.certainty = 'probably';
      report.keyTerms = ['a key term of far too many words'];
      writeFileSync(file, JSON.stringify(source));
      const result = buildPack(dir, SCHEMA);
      expect(result.ok).toBe(false);
      const problems = result.ok ? [] : result.problems;
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(
            /darya-dugina-killing\.json: \/reports\/0\/certainty must be equal to one of the allowed values/,
          ),
          expect.stringMatching(/darya-dugina-killing\.json: \/reports\/0\/keyTerms\/0 must match pattern/),
        ]),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses sources that pass the schema but not the pack rules (a claim of an unknown event)', () => {
    const dir = copyOfSources();
    try {
      const file = join(dir, 'events/darya-dugina-killing.json');
      const source = JSON.parse(readFileSync(file, 'utf8')) as { claims: { eventId: string }[] };
      const claim = source.claims[0];
      if (!claim) throw new Error('no claim');
      claim.eventId = 'no-such-event';
      writeFileSync(file, JSON.stringify(source));
      const result = buildPack(dir, SCHEMA);
      expect(result.ok).toBe(false);
      expect(result.ok ? [] : result.problems.join('\n')).toContain('no-such-event');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('splits a pack into sources and assembles the same records again', () => {
    const pack = realPack();
    const again = assemblePack(splitPack(pack));
    expect(new Set(again.claims.map((c) => c.id))).toEqual(new Set(pack.claims.map((c) => c.id)));
    expect(again.reports).toHaveLength(pack.reports.length);
    expect(again.events.map((e) => e.date.start)).toEqual([...again.events.map((e) => e.date.start)].sort());
  });
});
