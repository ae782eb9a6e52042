import { describe, expect, it } from 'vitest';

import { anchorFlags, describeSelection } from '@/lib/flags/anchor';
import { createFlag, editFlag, flaggableSpan } from '@/lib/flags/create';
import { newFlagId } from '@/lib/flags/types';

import { pageFrom } from './pages';

const PAGE = {
  url: 'https://news.example/a',
  pageUrl: 'https://news.example/a?ref=home',
  title: 'A story',
  publishedAt: null,
  outletId: null,
  outletName: null,
};

describe('making flags', () => {
  it('offers flagging only for a non-blank selection of at most 2,000 characters', () => {
    const text = `  ${'word '.repeat(500)}  `;
    expect(flaggableSpan(text, 0, 2)).toBeNull();
    expect(flaggableSpan(text, 0, 12)).toEqual({ start: 2, end: 11 });
    expect(flaggableSpan(text, 0, 2002)).toEqual({ start: 2, end: 2001 });
    expect(flaggableSpan(text, 0, 2004)).toBeNull();
  });

  it('builds a flag from the page, the selection and the form, and stamps edits later', () => {
    const page = pageFrom(['Moscow blamed Ukrainian special services for the attack.']);
    const selectors = describeSelection(page, 0, 55);
    const flag = createFlag(
      PAGE,
      selectors,
      { note: 'n', label: 'disputed', claimId: null, eventId: 'dugina-killing' },
      1000,
    );
    expect(flag).toMatchObject({
      ...PAGE,
      quote: 'Moscow blamed Ukrainian special services for the attack',
      selectors,
      note: 'n',
      label: 'disputed',
      eventId: 'dugina-killing',
      createdAt: 1000,
      updatedAt: 1000,
    });
    expect(flag.id).toMatch(/^flag-[0-9a-z]{12,}$/);
    expect(editFlag(flag, { note: 'm', label: 'important', claimId: null, eventId: null }, 1000)).toMatchObject({
      note: 'm',
      label: 'important',
      eventId: null,
      createdAt: 1000,
      updatedAt: 1001,
    });
  });

  it('gives every flag a different id', () => {
    const ids = new Set(Array.from({ length: 1000 }, newFlagId));
    expect(ids.size).toBe(1000);
  });

  it('anchors all flags of a page at once, null for the orphans', () => {
    const page = pageFrom(['First claim here.', 'Second claim there.']);
    const kept = createFlag(PAGE, describeSelection(page, 0, 11), {
      note: '',
      label: 'unverified',
      claimId: null,
      eventId: null,
    });
    const gone = createFlag(PAGE, describeSelection(page, 19, 31), {
      note: '',
      label: 'unverified',
      claimId: null,
      eventId: null,
    });
    const anchors = anchorFlags(pageFrom(['First claim here.', 'Something else entirely.']), [kept, gone]);
    expect(anchors.get(kept.id)).toEqual({ start: 0, end: 11, exactness: 'exact' });
    expect(anchors.get(gone.id)).toBeNull();
  });
});
