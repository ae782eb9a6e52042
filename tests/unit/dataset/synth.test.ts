import { describe, expect, it } from 'vitest';

import { parseSynthArgs } from '@/lib/cli/dataset-synth';
import { synthPack } from '@/lib/dataset/synth';
import { formatIssue, validatePack } from '@/lib/dataset/validate';

describe('synthPack', () => {
  const pack = synthPack({ entities: 2000, claims: 300, seed: 42 });

  it('passes validation', () => {
    const result = validatePack(JSON.parse(JSON.stringify(pack)));
    expect(result.ok ? [] : result.error.slice(0, 5).map(formatIssue)).toEqual([]);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(JSON.stringify(synthPack({ entities: 2000, claims: 300, seed: 42 }))).toBe(JSON.stringify(pack));
    expect(JSON.stringify(synthPack({ entities: 2000, claims: 300, seed: 43 }))).not.toBe(JSON.stringify(pack));
  });

  it('has the requested sizes and realistic aliases: 1 to 4 words, Latin and Cyrillic', () => {
    expect(pack.entities).toHaveLength(2000);
    expect(pack.claims).toHaveLength(300);
    expect(pack.reports).toHaveLength(900);
    const words = pack.entities.flatMap((e) => e.aliases.map((a) => a.text.split(' ').length));
    expect(Math.min(...words)).toBe(1);
    expect(Math.max(...words)).toBe(4);
    const aliases = pack.entities.flatMap((e) => e.aliases);
    expect(aliases.some((a) => /^[\p{Script=Cyrillic} ]+$/u.test(a.text))).toBe(true);
    expect(aliases.some((a) => /^[A-Za-z ]+$/.test(a.text))).toBe(true);
    expect(aliases.some((a) => a.ambiguous === true)).toBe(true);
  });
});

describe('dataset:synth arguments', () => {
  it('parses sizes, seed and output', () => {
    expect(parseSynthArgs(['--entities', '100000', '--claims', '10000', '--out', 'x.json', '--seed', '7'])).toEqual({
      entities: 100000,
      claims: 10000,
      seed: 7,
      out: 'x.json',
    });
    expect(parseSynthArgs(['--entities', '5', '--claims', '1', '--out', 'y.json']).seed).toBe(1);
  });

  it('explains what is missing or wrong', () => {
    expect(() => parseSynthArgs(['--entities', '5', '--claims', '1'])).toThrow('--out FILE is required');
    expect(() => parseSynthArgs(['--entities', 'many', '--claims', '1', '--out', 'x'])).toThrow(
      '--entities needs a whole number, got "many"',
    );
    expect(() => parseSynthArgs(['--claims', '1', '--out', 'x'])).toThrow('--entities is required');
  });
});
