import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

import { mountFlagging, type FlaggingController } from '@/lib/content/flagging';
import type { Flag } from '@/lib/flags/types';
import { findArticleRegion } from '@/lib/page/article';
import type { ArticleRegion } from '@/lib/page/types';

import { loadIntoDocument } from '../page/fixtures';
import { fakeBackground, newContext, settle, trusted } from './helpers';

const PAGE_INFO = {
  url: 'https://www.dailyexample.co.uk/world/car-bomb-moscow-12345',
  pageUrl: 'https://www.dailyexample.co.uk/world/car-bomb-moscow-12345?ref=home',
  title: 'Car bomb',
  publishedAt: '2022-08-21T09:30:00+01:00',
  outletId: null,
  outletName: 'The Daily Example',
};
const SUGGESTION = {
  claimId: 'ukraine-denies-dugina-involvement',
  eventId: 'darya-dugina-killing',
  statement: 'Ukraine denied involvement in the killing.',
  eventTitle: 'Killing of Darya Dugina',
  score: 0.8,
};

let ctx: ContentScriptContext;
let flagging: FlaggingController | null = null;
let shadow: ShadowRoot | null = null;
let region: ArticleRegion | null = null;

/** Selects the first occurrence of `words` inside `element`'s own text node. */
function select(element: Element | null, words: string): void {
  const text = element?.firstChild;
  if (!(text instanceof Text)) throw new Error('no text to select');
  const at = text.data.indexOf(words);
  const range = document.createRange();
  range.setStart(text, at);
  range.setEnd(text, at + words.length);
  document.getSelection()?.removeAllRanges();
  document.getSelection()?.addRange(range);
}

async function setUp(suggest: () => unknown = () => [SUGGESTION]) {
  const background = fakeBackground({
    'flags.suggest': suggest as () => (typeof SUGGESTION)[],
    'flags.save': ({ flag }) => flag,
  });
  flagging = await mountFlagging(ctx, {
    region: () => region,
    pageInfo: () => PAGE_INFO,
    guard: (root) => (shadow = root),
    send: background.send,
  });
  return background;
}

const clickAsReader = (element: Element | null | undefined): void =>
  void element?.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true })));

beforeEach(() => {
  loadIntoDocument('news-article.html');
  region = findArticleRegion(document);
  ctx = newContext();
});
afterEach(() => {
  flagging?.destroy();
  flagging = null;
  shadow = null;
  ctx.abort();
  document.getSelection()?.removeAllRanges();
});

describe('flagging', () => {
  it('opens the form for a selection in the article, offers known claims, and saves the flag the reader described', async () => {
    const background = await setUp();
    select(document.getElementById('p3'), 'Ukraine denied any involvement.');
    expect(flagging?.begin()).toBe(true);
    await settle(20);
    expect(background.of('flags.suggest')).toEqual([{ text: 'Ukraine denied any involvement.' }]);
    expect(shadow?.querySelector('.flag-dialog blockquote')?.textContent).toBe('Ukraine denied any involvement.');
    expect(shadow?.querySelector('.flag-dialog fieldset')?.textContent).toContain(SUGGESTION.statement);
    const note = shadow?.querySelector('textarea');
    if (!note) throw new Error('no note field');
    note.value = 'Denied at once.';
    note.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    // What the browser dispatches when the reader presses Save (happy-dom submits only on an untrusted .click()).
    shadow
      ?.querySelector('form')
      ?.dispatchEvent(trusted(new SubmitEvent('submit', { bubbles: true, cancelable: true })));
    await settle();
    const [saved] = background.of('flags.save') as { flag: Flag }[];
    expect(saved?.flag).toMatchObject({
      ...PAGE_INFO,
      quote: 'Ukraine denied any involvement.',
      note: 'Denied at once.',
      label: 'unverified',
    });
    expect(saved?.flag.selectors.quote.exact).toBe('Ukraine denied any involvement.');
    expect(shadow?.querySelector('.flag-dialog')).toBeNull();
    expect(document.getSelection()?.isCollapsed ?? true).toBe(true);
  });

  /** Begins a flag whose known claims come only when the returned function is called. */
  async function beginWithSlowSuggestions(): Promise<() => void> {
    let answer: (value: (typeof SUGGESTION)[]) => void = () => undefined;
    await setUp(() => new Promise((done) => (answer = done)));
    select(document.getElementById('p3'), 'Ukraine denied any involvement.');
    expect(flagging?.begin()).toBe(true);
    return () => answer([SUGGESTION]);
  }

  it('opens the form with its known claims in place, so they never push Save from under the pointer', async () => {
    const answer = await beginWithSlowSuggestions();
    await settle(100);
    expect(shadow?.querySelector('.flag-dialog')).toBeNull();
    answer();
    await settle();
    expect(shadow?.querySelector('.flag-dialog fieldset')?.textContent).toContain(SUGGESTION.statement);
  });

  it('opens the form without known claims when they are slow to come, and adds them when they arrive', async () => {
    const answer = await beginWithSlowSuggestions();
    await settle(700);
    expect(shadow?.querySelector('.flag-dialog blockquote')?.textContent).toBe('Ukraine denied any involvement.');
    expect(shadow?.querySelector('.flag-dialog fieldset')).toBeNull();
    answer();
    await settle();
    expect(shadow?.querySelector('.flag-dialog fieldset')?.textContent).toContain(SUGGESTION.statement);
  });

  it('offers nothing without a selection, or for a selection outside the article', async () => {
    const background = await setUp();
    expect(flagging?.begin()).toBe(false);
    select(document.querySelector('.breadcrumbs a'), 'Home');
    expect(flagging?.begin()).toBe(false);
    await settle(20);
    expect(background.sent).toEqual([]);
    expect(document.querySelector('parallax-flag')).toBeNull();
  });

  it('shows the Flag claim button once a selection in the article settles, and opens the form from it', async () => {
    const background = await setUp();
    select(document.getElementById('p1'), 'Russian investigators said');
    document.dispatchEvent(new Event('selectionchange'));
    await settle(250);
    const button = shadow?.querySelector('.flag-button');
    expect(button?.textContent).toBe('Flag claim');
    clickAsReader(button);
    await settle(20);
    expect(background.of('flags.suggest')).toEqual([{ text: 'Russian investigators said' }]);
    expect(shadow?.querySelector('.flag-dialog')).not.toBeNull();
  });

  it('offers the button for words selected before it was mounted, reading the selection only after the page rendered', async () => {
    select(document.getElementById('p1'), 'Russian investigators said');
    const getSelection = vi.spyOn(document, 'getSelection');
    await setUp();
    // Mounted just after drawing: reading the selection at once would lay the page out on the spot.
    expect(getSelection).not.toHaveBeenCalled();
    await settle(300);
    expect(getSelection).toHaveBeenCalled();
    expect(shadow?.querySelector('.flag-button')?.textContent).toBe('Flag claim');
    getSelection.mockRestore();
  });

  it('leaves the page when destroyed', async () => {
    await setUp();
    select(document.getElementById('p3'), 'Ukraine denied any involvement.');
    flagging?.begin();
    await settle(20);
    expect(document.querySelector('parallax-flag')).not.toBeNull();
    flagging?.destroy();
    flagging = null;
    expect(document.querySelector('parallax-flag')).toBeNull();
  });
});
