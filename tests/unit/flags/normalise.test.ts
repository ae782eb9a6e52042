import { describe, expect, it } from 'vitest';

import { normaliseWithMap, rawOffset, toRaw } from '@/lib/flags/normalise';

describe('typography-insensitive text', () => {
  const raw = 'A  “quoted”\u00a0word\n\n  and the Lu\u00adhansk\u200b side — here';
  const normal = normaliseWithMap(raw);

  it('collapses white space, drops invisible characters, and folds quotes and dashes', () => {
    expect(normal.text).toBe('A "quoted" word and the Luhansk side - here');
  });

  it('maps every normalised character back to the character it came from', () => {
    for (let index = 0; index < normal.text.length; index += 1) {
      const from = raw.charAt(rawOffset(normal, index));
      const expected = normal.text.charAt(index);
      if (expected === ' ') expect(from).toMatch(/\s/);
      else if (expected === '"') expect(from).toMatch(/[“”]/);
      else if (expected === '-') expect(from).toBe('—');
      else expect(from).toBe(expected);
    }
  });

  it('maps a span back to the page text, invisible characters inside it included', () => {
    const at = normal.text.indexOf('Luhansk side');
    const span = toRaw(normal, at, at + 'Luhansk side'.length);
    expect(raw.slice(span.start, span.end)).toBe('Lu\u00adhansk\u200b side');
  });
});
