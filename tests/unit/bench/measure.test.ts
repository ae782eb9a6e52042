import { describe, expect, it } from 'vitest';

import { mean, median, permutationPValue } from '../../bench/measure';

describe('bench statistics', () => {
  it('takes medians and means', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(mean([1, 2, 6])).toBe(3);
  });

  it('finds no difference between samples drawn alike', () => {
    // A page whose one long task crosses 50 ms on about half the loads, in either profile.
    const withIt = [1, 0, 1, 1, 0, 0, 1, 0, 1, 1, 0];
    const without = [0, 1, 1, 0, 1, 0, 1, 1, 0, 0, 1];
    expect(permutationPValue(withIt, without)).toBeGreaterThan(0.3);
    expect(permutationPValue([0, 0, 0], [0, 0, 0])).toBe(1);
  });

  it('tells a real difference from chance, one-sided', () => {
    const withIt = [2, 2, 1, 2, 2, 1, 2, 2, 2, 1, 2];
    const without = [1, 1, 1, 0, 1, 1, 1, 1, 0, 1, 1];
    expect(permutationPValue(withIt, without)).toBeLessThan(0.01);
    expect(permutationPValue(without, withIt)).toBeGreaterThan(0.99);
  });

  it('gives the same answer at every run', () => {
    const a = [1, 0, 2, 1, 1];
    const b = [0, 0, 1, 1, 0];
    expect(permutationPValue(a, b)).toBe(permutationPValue(a, b));
  });
});
