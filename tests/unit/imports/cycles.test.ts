import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

import { findCycles, importGraph, type ImportGraph } from './graph';

const ROOT = resolve(__dirname, '../../..');

function graphOf(edges: Record<string, string[]>): ImportGraph {
  return new Map(Object.entries(edges).map(([file, imports]) => [file, new Set(imports)]));
}

describe('the import graph', () => {
  it('finds a circle through several files, and a file importing itself, but not a chain', () => {
    const graph = graphOf({
      'flags.ts': ['scan.ts'],
      'scan.ts': ['protocol.ts'],
      'protocol.ts': ['flags.ts'],
      'self.ts': ['self.ts'],
      'leaf.ts': ['flags.ts'],
    });
    expect(findCycles(graph)).toEqual(expect.arrayContaining([['flags.ts', 'protocol.ts', 'scan.ts'], ['self.ts']]));
    expect(findCycles(graph)).toHaveLength(2);
    expect(findCycles(graphOf({ 'a.ts': ['b.ts'], 'b.ts': ['c.ts'], 'c.ts': [] }))).toEqual([]);
  });

  it('reads relative, aliased, type-only and re-exported imports of the real sources', () => {
    const graph = importGraph(ROOT, ['lib', 'entrypoints', 'components']);
    // type-only, relative
    expect(graph.get('lib/messaging/protocol.ts')).toContain('lib/scan/types.ts');
    // `@/` alias, from a .tsx view
    expect(graph.get('components/flags/FlagExchange.tsx')).toContain('lib/flags/types.ts');
    // `export … from`
    expect(graph.get('lib/match/index.ts')).toContain('lib/match/rank.ts');
  });

  it('has no circle among lib/, entrypoints/ and components/', () => {
    expect(findCycles(importGraph(ROOT, ['lib', 'entrypoints', 'components']))).toEqual([]);
  });
});
