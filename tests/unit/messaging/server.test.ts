import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';

import type { RequestType } from '@/lib/messaging/protocol';
import { dispatch, type Handlers } from '@/lib/messaging/server';

import { bareFlag } from '../flags/sample-flags';

/** Handlers that record what reached them and answer `'done'`, or throw for `failing`. */
function recording(failing?: RequestType): { handlers: Handlers; calls: [string, unknown][] } {
  const calls: [string, unknown][] = [];
  const handlers = new Proxy({} as Handlers, {
    get: (_target, type) => async (payload: unknown) => {
      calls.push([String(type), payload]);
      if (type === failing) throw new Error('The dataset is not installed yet.');
      return 'done';
    },
  });
  return { handlers, calls };
}

const OURS = { id: browser.runtime.id };

describe('the background dispatcher', () => {
  it('answers a well-formed request from our own pages with its handler’s reply', async () => {
    const { handlers, calls } = recording();
    expect(
      await dispatch(handlers, { parallax: 1, type: 'dataset.search', payload: { query: 'Dugina', limit: 5 } }, OURS),
    ).toEqual({ ok: true, value: 'done' });
    expect(calls).toEqual([['dataset.search', { query: 'Dugina', limit: 5 }]]);
  });

  it('hands the handler only the fields the protocol names', async () => {
    const { handlers, calls } = recording();
    // The side panel sends flags as it listed them, with their orphan mark.
    await dispatch(
      handlers,
      { parallax: 1, type: 'flags.save', payload: { flag: { ...bareFlag(), orphaned: true }, extra: 'x' } },
      OURS,
    );
    expect(calls).toEqual([['flags.save', { flag: bareFlag() }]]);
  });

  it.each([
    ['another extension', { id: 'some-other-extension' }],
    ['a sender without an extension id (a web page)', { url: 'https://evil.example/' }],
  ])('refuses %s as forbidden, before reading the request', async (_who, sender) => {
    const { handlers, calls } = recording();
    expect(await dispatch(handlers, { parallax: 1, type: 'flags.export', payload: {} }, sender)).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'Unknown sender.' },
    });
    expect(calls).toEqual([]);
  });

  it.each([
    [
      'a flag whose quote is not its selector’s text',
      'flags.save',
      { flag: bareFlag({ quote: 'something else' }) },
      'flag.quote: must be the text its quote selector holds',
    ],
    [
      'a flag with an unsafe address',
      'flags.save',
      { flag: bareFlag({ url: 'javascript:alert(1)' }) },
      'flag.url: only http and https addresses can be imported, not javascript',
    ],
    [
      'a flag with a context longer than any page keeps',
      'flags.save',
      {
        flag: bareFlag({
          selectors: { ...bareFlag().selectors, quote: { ...bareFlag().selectors.quote, prefix: 'p'.repeat(1001) } },
        }),
      },
      'flag.selectors.quote.prefix: is 1,001 characters long; at most 1,000 allowed',
    ],
    [
      'a search for no results',
      'dataset.search',
      { query: 'Dugina', limit: 0 },
      'limit: Invalid value: Expected >=1 but received 0',
    ],
    [
      'a scan without the page text',
      'page.scan',
      { page: { blocks: [] }, outlet: { hostname: 'news.example' }, urls: [] },
      'page.text: Invalid key: Expected "text" but received undefined',
    ],
    [
      'a scan that names a link block by no block number',
      'page.scan',
      {
        page: { text: 'a', blocks: [{ start: 0, end: 1 }], links: [0.5] },
        outlet: { hostname: 'news.example' },
        urls: [],
      },
      'page.links.0: Invalid integer: Received 0.5',
    ],
    [
      'a page to open that is not on the web',
      'page.open',
      { url: 'file:///etc/passwd' },
      'url: Invalid format: Expected /^https?:\\/\\// but received "file:///etc/passwd"',
    ],
    [
      'something in a request that carries nothing',
      'flags.export',
      { all: true },
      'expected an empty object: this request carries nothing',
    ],
    ['no payload at all', 'flags.list', undefined, 'expected an empty object: this request carries nothing'],
  ])('refuses %s as a bad request, naming the field', async (_what, type, payload, problem) => {
    const { handlers, calls } = recording();
    expect(await dispatch(handlers, { parallax: 1, type, payload }, OURS)).toEqual({
      ok: false,
      error: { code: 'bad-request', message: `Malformed ${type} request (${problem}).` },
    });
    expect(calls).toEqual([]);
  });

  it('refuses a request type it does not know', async () => {
    const { handlers, calls } = recording();
    expect(await dispatch(handlers, { parallax: 1, type: 'flags.wipe', payload: {} }, OURS)).toEqual({
      ok: false,
      error: { code: 'unknown-type', message: 'Unknown request flags.wipe.' },
    });
    expect(calls).toEqual([]);
  });

  it('says what went wrong when a handler fails', async () => {
    const { handlers } = recording('claim.compare');
    expect(
      await dispatch(
        handlers,
        { parallax: 1, type: 'claim.compare', payload: { claimId: 'a-claim', outletId: null } },
        OURS,
      ),
    ).toEqual({
      ok: false,
      error: { code: 'failed', message: 'The dataset is not installed yet.' },
    });
  });

  it('leaves messages that are not requests to other listeners', async () => {
    const { handlers } = recording();
    expect(
      await dispatch(
        handlers,
        { parallaxEvent: 1, type: 'page.changed', payload: { url: 'https://news.example/' } },
        OURS,
      ),
    ).toBeUndefined();
    expect(await dispatch(handlers, 'hello', OURS)).toBeUndefined();
  });
});
