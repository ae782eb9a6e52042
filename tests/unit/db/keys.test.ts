import { describe, expect, it } from 'vitest';
import { normalizeKey, wordPrefixKeys } from '@/lib/db/keys';
import { compareVersions } from '@/lib/dataset/semver';

describe('search keys', () => {
  it('folds case, apostrophes, ё and punctuation so any spelling finds the same key', () => {
    expect(normalizeKey('  Дар’я   ДУГІНА ')).toBe("дар'я дугіна");
    expect(normalizeKey('Вёрстка')).toBe('верстка');
    expect(normalizeKey('ЧВК «Вагнер»')).toBe('чвк вагнер');
  });

  it('starts a key at every word, at most `window` words long', () => {
    expect(wordPrefixKeys(['Darya Dugina'], 4).sort()).toEqual(['darya dugina', 'dugina']);
    expect(wordPrefixKeys(['one two three four five'], 2)).toEqual(['one two', 'two three', 'three four', 'four five', 'five']);
  });
});

describe('compareVersions', () => {
  it('orders by semver precedence', () => {
    expect(compareVersions('1.1.0', '1.0.0')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
    expect(compareVersions('1.10.0', '1.9.9')).toBeGreaterThan(0);
    expect(compareVersions('2.0.0-rc.1', '2.0.0')).toBeLessThan(0);
    expect(compareVersions('2.0.0-rc.10', '2.0.0-rc.9')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0+build.5', '1.0.0')).toBe(0);
  });
});
