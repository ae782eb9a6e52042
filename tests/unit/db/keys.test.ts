import { describe, expect, it } from 'vitest';

import { compareVersions } from '@/lib/dataset/semver';
import { normalizeKey, wordPrefixKeys } from '@/lib/db/keys';
import { eachWindowKey } from '@/lib/db/search-index';

import { realPack } from '../dataset/real-pack';

describe('search keys', () => {
  it('folds case, apostrophes, ё and punctuation so any spelling finds the same key', () => {
    expect(normalizeKey('  Дар’я   ДУГІНА ')).toBe("дар'я дугіна");
    expect(normalizeKey('Вёрстка')).toBe('верстка');
    expect(normalizeKey('ЧВК «Вагнер»')).toBe('чвк вагнер');
  });

  it('cleans every kind of punctuation and spacing, also around apostrophes', () => {
    expect(normalizeKey('a ,’ b')).toBe("a ' b");
    expect(normalizeKey('“Kyiv”, (Post)')).toBe('kyiv post');
    expect(normalizeKey('x\u00a0y\t\nz')).toBe('x y z');
    expect(normalizeKey('ＡＢＣ ﬁle')).toBe('abc file');
    expect(normalizeKey(' plain words ')).toBe('plain words');
    expect(normalizeKey(' ,, ')).toBe('');
  });

  it('takes window keys as slices that equal the joined word keys, for every name, title and statement of the pack', () => {
    const pack = realPack();
    const texts = [
      ...pack.entities.flatMap((e) => [e.name, ...e.aliases.map((a) => a.text)]),
      ...pack.events.map((e) => e.title),
      ...pack.claims.map((c) => c.statement),
      '  «Дар’я»,  Дугіна ',
      '',
    ];
    for (const text of texts) {
      for (const window of [1, 3, 4]) {
        const sliced: string[] = [];
        eachWindowKey(normalizeKey(text), window, (key) => sliced.push(key));
        expect(new Set(sliced), text).toEqual(new Set(wordPrefixKeys([text], window)));
      }
    }
  });

  it('starts a key at every word, at most `window` words long', () => {
    expect(wordPrefixKeys(['Darya Dugina'], 4).sort()).toEqual(['darya dugina', 'dugina']);
    expect(wordPrefixKeys(['one two three four five'], 2)).toEqual([
      'one two',
      'two three',
      'three four',
      'four five',
      'five',
    ]);
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
