// The drawn-span index against the plain rule it replaces: a span conflicts
// when it crosses a held span, or is an entity overlapping a held entity.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { SpanSet, type SetSpan } from '@/lib/page/span-set';

function crosses(a: SetSpan, b: SetSpan): boolean {
  if (a.end <= b.start || b.end <= a.start) return false;
  if (a.entity && b.entity) return true;
  const nested = (a.start >= b.start && a.end <= b.end) || (b.start >= a.start && b.end <= a.end);
  return !nested;
}

const spanArb = fc
  .record({ start: fc.integer({ min: 0, max: 400 }), length: fc.integer({ min: 1, max: 120 }), entity: fc.boolean() })
  .map(({ start, length, entity }): SetSpan => ({ start, end: start + length, entity }));

describe('SpanSet', () => {
  it('finds exactly the conflicts a check against every held span finds, through adds and deletes', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(spanArb, fc.boolean()), { maxLength: 80 }), (steps) => {
        const set = new SpanSet();
        const held: SetSpan[] = [];
        for (const [span, removeOne] of steps) {
          const expected = held.some((other) => crosses(span, other));
          expect(set.conflicts(span)).toBe(expected);
          if (!expected) {
            set.add(span);
            held.push(span);
          }
          if (removeOne && held.length > 0) {
            const gone = held.splice(held.length >> 1, 1)[0] as SetSpan;
            set.delete(gone);
          }
          expect(set.size).toBe(held.length);
        }
      }),
      { seed: 20_261_121, numRuns: 300 },
    );
  });

  it('lets an entity nest in a claim but not sit across its edge, and keeps two entities off the same words', () => {
    const set = new SpanSet();
    set.add({ start: 10, end: 60, entity: false });
    expect(set.conflicts({ start: 20, end: 30, entity: true })).toBe(false);
    expect(set.conflicts({ start: 55, end: 70, entity: true })).toBe(true);
    set.add({ start: 20, end: 30, entity: true });
    expect(set.conflicts({ start: 25, end: 28, entity: true })).toBe(true);
    expect(set.conflicts({ start: 0, end: 80, entity: false })).toBe(false);
  });
});
