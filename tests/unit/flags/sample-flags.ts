/** Flags as the content script would create them, for the exchange and view tests. */
import type { Flag } from '@/lib/flags/types';

/** A flag on the Kyiv Post casualty article, linked to a known claim, with a note. */
export function casualtyFlag(overrides: Partial<Flag> = {}): Flag {
  const quote = 'about 45,000 Russian soldiers';
  return {
    id: 'flag-lx2k9a0b1c2d3e',
    url: 'https://kyivpost.example/ukraine-45000-killed',
    pageUrl: 'https://kyivpost.example/ukraine-45000-killed?utm_source=feed',
    outletId: 'kyiv-post',
    outletName: 'Kyiv Post',
    title: 'Ukraine says 45,000 Russian soldiers killed',
    publishedAt: '2022-08-22T09:30:00+03:00',
    quote,
    selectors: {
      quote: {
        type: 'TextQuoteSelector',
        exact: quote,
        prefix: 'Ukraine’s army estimates ',
        suffix: ' have been killed since February',
      },
      position: { type: 'TextPositionSelector', start: 1204, end: 1204 + quote.length },
    },
    note: 'Only one source; US figures count killed and injured.\nCheck again.',
    label: 'disputed',
    claimId: 'ukraine-army-45000-killed',
    eventId: 'russian-casualties-aug-2022',
    createdAt: Date.UTC(2024, 3, 30, 8, 12, 0, 123),
    updatedAt: Date.UTC(2024, 3, 30, 8, 15, 30, 456),
    ...overrides,
  };
}

/** A bare flag: no outlet, no date, no link, no note, label "important". */
export function bareFlag(overrides: Partial<Flag> = {}): Flag {
  const quote = 'refusing to fight';
  return {
    id: 'flag-0a1b2c3d4e',
    url: 'http://blog.example/post',
    pageUrl: 'http://blog.example/post',
    outletId: null,
    outletName: null,
    title: '',
    publishedAt: null,
    quote,
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '.' },
      position: { type: 'TextPositionSelector', start: 0, end: quote.length },
    },
    note: '',
    label: 'important',
    claimId: null,
    eventId: null,
    createdAt: Date.UTC(2023, 0, 1),
    updatedAt: Date.UTC(2023, 0, 1),
    ...overrides,
  };
}
