// Every flag an import accepts must stay editable: the side panel saves an edited
// flag, and restores a deleted one, through the same `flags.save` request the
// background checks. These tests go through the real message dispatcher, its
// payload schemas and a real (in-memory) database.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';

import { FlagService } from '@/lib/background/flags';
import { ParallaxDB } from '@/lib/db/schema';
import { editFlag } from '@/lib/flags/create';
import { exportFlags } from '@/lib/flags/exchange';
import type { Flag } from '@/lib/flags/types';
import type { ReplyOf, RequestOf, RequestType } from '@/lib/messaging/protocol';
import { dispatch, type Handlers } from '@/lib/messaging/server';

import { IMPORT_LIMITS, importFileArb } from '../flags/flag-arbitraries';
import { bareFlag, casualtyFlag } from '../flags/sample-flags';

/** Fixed so a failure is reproducible; fast-check prints the counterexample. */
const SEED = 20_260_611;

let profiles = 0;

/** The side panel's view of the background: the flag requests, answered over a fresh database. */
function panel(): { send: <K extends RequestType>(type: K, payload: RequestOf<K>) => Promise<ReplyOf<K>> } {
  const flags = new FlagService(new ParallaxDB(`imported-flags-${(profiles += 1)}`), () => undefined);
  const answers: Partial<Handlers> = {
    'flags.import': ({ text }) => flags.importText(text),
    'flags.list': () => flags.list(),
    'flags.save': ({ flag }) => flags.save(flag),
    'flags.delete': ({ id }) => flags.delete(id),
  };
  const handlers = new Proxy(answers, {
    get: (target, type) =>
      target[type as RequestType] ?? (() => Promise.reject(new Error(`unexpected ${String(type)}`))),
  }) as Handlers;
  return {
    async send(type, payload) {
      const reply = await dispatch(handlers, { parallax: 1, type, payload }, { id: browser.runtime.id });
      if (!reply?.ok) throw new Error(`${type} was refused: ${JSON.stringify(reply)}`);
      return reply.value as ReplyOf<typeof type>;
    },
  };
}

/** Imports `text`, then edits, deletes and restores every flag, as a reader would in the side panel. */
async function importAndKeepEditing(text: string): Promise<Flag[]> {
  const { send } = panel();
  const imported = await send('flags.import', { text });
  if (!imported.ok) throw new Error(`the import was refused: ${JSON.stringify(imported.errors)}`);
  for (const flag of await send('flags.list', {})) {
    await send('flags.save', { flag });
    const edited = editFlag(flag, {
      note: 'Checked again: two sources now.',
      label: 'misleading',
      claimId: null,
      eventId: null,
    });
    await send('flags.save', { flag: edited });
    const deleted = await send('flags.delete', { id: flag.id });
    expect(deleted).toEqual(edited);
    if (deleted) await send('flags.save', { flag: deleted });
  }
  return send('flags.list', {});
}

/** One exported flag, changed by `change`, as the text of an import file. */
function fileWith(
  flag: Flag,
  change: (item: Record<string, Record<string, unknown>>) => void = () => undefined,
): string {
  const document = JSON.parse(
    JSON.stringify(exportFlags([flag], { exportedAt: '2024-05-01T10:00:00.000Z', version: '0.1.0' })),
  ) as { items: Record<string, Record<string, unknown>>[] };
  change(document.items[0] as Record<string, Record<string, unknown>>);
  return JSON.stringify(document);
}

function setQuoteSelector(item: Record<string, Record<string, unknown>>, fields: Record<string, string>): void {
  const [quote] = item.target?.selector as Record<string, unknown>[];
  Object.assign(quote as Record<string, unknown>, fields);
}

describe('an imported flag', () => {
  it.each([
    ['an id another tool chose, with capitals and underscores', fileWith(bareFlag({ id: 'Hypothesis_a1B2c3' }))],
    ['the longest id', fileWith(bareFlag({ id: `A${'_'.repeat(IMPORT_LIMITS.id - 1)}` }))],
    ['an id of ours of another length', fileWith(bareFlag({ id: 'flag-abc' }))],
    [
      'the longest context another tool keeps',
      fileWith(casualtyFlag(), (item) =>
        setQuoteSelector(item, {
          prefix: 'p'.repeat(IMPORT_LIMITS.context),
          suffix: 's'.repeat(IMPORT_LIMITS.context),
        }),
      ),
    ],
    ['the longest title', fileWith(casualtyFlag({ title: 'T'.repeat(IMPORT_LIMITS.title) }))],
    [
      'a Claim text that is not the page text',
      fileWith(casualtyFlag(), (item) =>
        Object.assign(item['schema:about'] as object, {
          'schema:text': 'Ukraine says 45,000 Russian soldiers were killed.',
        }),
      ),
    ],
    [
      'a position far into a long page',
      fileWith(
        bareFlag(),
        (item) =>
          ((item.target?.selector as unknown[])[1] = { type: 'TextPositionSelector', start: 999_999_990, end: 1e9 }),
      ),
    ],
  ])('with %s can be saved, edited, deleted and restored', async (_case, text) => {
    const [kept] = await importAndKeepEditing(text);
    expect(kept).toMatchObject({ note: 'Checked again: two sources now.', label: 'misleading' });
    // The flag keeps the text the page showed: the quote selector's.
    expect(kept?.quote).toBe(kept?.selectors.quote.exact);
  });

  it('is always one the background saves again, whatever a valid file holds', async () => {
    await fc.assert(
      fc.asyncProperty(importFileArb, async (text) => {
        const flags = await importAndKeepEditing(text);
        expect(flags.length).toBeGreaterThan(0);
        expect(flags.every((flag) => flag.note === 'Checked again: two sources now.')).toBe(true);
      }),
      { seed: SEED, numRuns: 60 },
    );
  });
});

describe('the import limits', () => {
  it.each([
    [
      'a longer context',
      fileWith(bareFlag(), (item) => setQuoteSelector(item, { prefix: 'p'.repeat(IMPORT_LIMITS.context + 1) })),
      'items[0].target.selector[0].prefix',
      'is 1,001 characters long; at most 1,000 allowed',
    ],
    [
      'a longer title',
      fileWith(bareFlag({ title: 'T'.repeat(IMPORT_LIMITS.title + 1) })),
      "items[0]['schema:about']['schema:appearance']['schema:headline']",
      'is 2,001 characters long; at most 2,000 allowed',
    ],
    [
      'a longer id',
      fileWith(bareFlag({ id: `A${'b'.repeat(IMPORT_LIMITS.id)}` })),
      "items[0]['parallax:flag'].id",
      'expected letters, digits, hyphens or underscores (at most 128)',
    ],
    [
      'a position past the largest page',
      fileWith(
        bareFlag(),
        (item) => ((item.target?.selector as unknown[])[1] = { type: 'TextPositionSelector', start: 0, end: 1e9 + 1 }),
      ),
      'items[0].target.selector[1].end',
      'expected a whole number of characters (0 or more), got 1000000001',
    ],
  ])('still refuse %s, saying where and why', async (_case, text, path, message) => {
    const { send } = panel();
    expect(await send('flags.import', { text })).toEqual({ ok: false, errors: [{ path, message }] });
  });
});
