import { afterEach, describe, expect, it } from 'vitest';

import { FlagPopover } from '@/components/popover/FlagPopover';
import { formatDate, formatDay, formatRange, outletContext, setDisplayLocale } from '@/components/shared/format';

import { casualtyFlag } from '../flags/sample-flags';
import { mount } from '../render';

describe('dates as the reader reads them', () => {
  afterEach(() => setDisplayLocale('en-GB'));

  it('writes dataset dates in the browser’s locale, keeping partial dates partial', () => {
    setDisplayLocale('en-US');
    expect(formatDate('2022-08-20')).toBe('Aug 20, 2022');
    expect(formatDate('2022-08')).toBe('Aug 2022');
    setDisplayLocale('de-DE');
    expect(formatDate('2022-08-20')).toBe('20. Aug. 2022');
    setDisplayLocale('uk-UA');
    expect(formatDate('2022')).toMatch(/^2022/);
    setDisplayLocale('en-GB');
    expect(formatRange({ start: '2022-08-08', end: '2022-08-23' })).toBe('8 Aug 2022 – 23 Aug 2022');
  });

  it('never moves a calendar date by a day, whatever the time zone', () => {
    setDisplayLocale('en-GB');
    expect(formatDate('2022-01-01')).toBe('1 Jan 2022');
    expect(formatDate('2022-12-31')).toBe('31 Dec 2022');
  });

  it('shows when a flag was made as the reader’s own day: 00:30 in Kyiv is the next day, not UTC’s', () => {
    setDisplayLocale('en-GB');
    const halfPastMidnightInKyiv = Date.UTC(2022, 7, 20, 21, 30);
    expect(formatDay(halfPastMidnightInKyiv, 'Europe/Kyiv')).toBe('21 Aug 2022');
    expect(formatDay(halfPastMidnightInKyiv, 'America/New_York')).toBe('20 Aug 2022');
  });
});

describe('a flag’s popover in Kyiv', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zone;
    setDisplayLocale('en-GB');
  });

  it('dates a flag made at 00:30 local time on the reader’s day', async () => {
    // Node applies a changed TZ to Date and Intl at once; formatters made before are dropped.
    process.env.TZ = 'Europe/Kyiv';
    setDisplayLocale('en-GB');
    const view = await mount(
      <FlagPopover flag={casualtyFlag({ createdAt: Date.UTC(2022, 7, 20, 21, 30) })} own onAction={() => undefined} />,
    );
    expect(view.root.textContent).toContain('21 Aug 2022');
    expect(view.root.textContent).not.toContain('20 Aug 2022');
    view.unmount();
  });
});

describe('an outlet in context', () => {
  afterEach(() => setDisplayLocale('en-GB'));

  it('names its country and language in the reader’s locale, and says who owns it', () => {
    const outlet = {
      id: 'dw',
      name: 'DW',
      domains: ['dw.com'],
      country: 'DE',
      language: 'de',
      ownership: 'public-broadcaster' as const,
    };
    expect(outletContext(outlet)).toBe('Germany · German · public broadcaster');
    setDisplayLocale('fr-FR');
    expect(outletContext({ ...outlet, ownership: undefined })).toBe('Allemagne · allemand');
  });
});
