import { describe, expect, it } from 'vitest';

import { DELAY_FIELDS, parseDelay } from '@/lib/options/delays';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

describe('hover delays', () => {
  it('reads whole milliseconds from 0 to 3000', () => {
    expect(parseDelay('0')).toEqual({ ok: true, value: 0 });
    expect(parseDelay(' 450 ')).toEqual({ ok: true, value: 450 });
    expect(parseDelay('3000')).toEqual({ ok: true, value: 3000 });
  });

  it('says why other input is refused', () => {
    expect(parseDelay('')).toEqual({ ok: false, error: 'empty' });
    expect(parseDelay('3001')).toEqual({ ok: false, error: 'out-of-range' });
    for (const text of ['-5', '1.5', '1e3', '0x10', 'fast', '10ms'])
      expect(parseDelay(text), text).toEqual({ ok: false, error: 'not-whole' });
  });

  it('covers every delay the settings hold', () => {
    expect([...DELAY_FIELDS].sort()).toEqual(Object.keys(DEFAULT_SETTINGS.hover).sort());
  });
});
