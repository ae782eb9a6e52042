import { describe, expect, it } from 'vitest';

import { loadPack } from '@/lib/db/load';
import { ParallaxDB } from '@/lib/db/schema';
import { importFailure } from '@/lib/options/import-error';

describe('import failures', () => {
  it('lists each problem of an invalid pack, as the loader reports them', async () => {
    const result = await loadPack(new ParallaxDB(), {
      schema: 1,
      version: 'one',
      date: 'yesterday',
      outlets: [],
      entities: [],
      events: [],
      claims: [],
      reports: [],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const failure = importFailure(result.error.message);
    expect(failure.summary).toBe('The dataset pack is invalid:');
    expect(failure.problems.length).toBeGreaterThanOrEqual(2);
    expect(failure.problems.some((p) => p.includes('version'))).toBe(true);
    expect(failure.problems.some((p) => p.includes('date'))).toBe(true);
  });

  it('keeps a single sentence whole', () => {
    const message = 'The file is not valid JSON: Unexpected token } in JSON at position 5';
    expect(importFailure(message)).toEqual({ summary: message, problems: [] });
    expect(importFailure('Could not establish connection.')).toEqual({
      summary: 'Could not establish connection.',
      problems: [],
    });
  });
});
