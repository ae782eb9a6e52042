import { describe, expect, it } from 'vitest';

import { wrongMatchKey } from '@/lib/feedback/suppression';
import { describeSelection } from '@/lib/flags/anchor';
import { createFlag } from '@/lib/flags/create';
import { addClaims, compileIndex, type MatchIndex } from '@/lib/match';
import { outletLookup } from '@/lib/scan/outlet';
import { PROBE_OPENING_CHARS, probePage, scanPage, type ScanContext } from '@/lib/scan/scan';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';

import { realPack } from '../dataset/real-pack';

const pack = realPack();
const text =
  'Darya Dugina was killed when a car bomb exploded near Moscow. Kyiv denied any involvement in the killing of Dugina. Protests across Russia in solidarity with Ukraine were quickly hushed up by the authorities.';
const page = { text, blocks: [{ start: 0, end: text.length }] };
const quote = 'the authorities quickly hushed up protests in solidarity with Ukraine across Russia';
const elsewhere = createFlag(
  {
    url: 'https://other.test/a',
    pageUrl: 'https://other.test/a',
    title: 'A',
    publishedAt: null,
    outletId: null,
    outletName: 'Other Outlet',
  },
  describeSelection({ text: quote, blocks: [{ start: 0, end: quote.length }] }, 0, quote.length),
  { note: '', label: 'unverified', claimId: null, eventId: null },
);

/** The pack's index with the flag made elsewhere, compiled once: compiling the whole pack takes about a second. */
let compiled: MatchIndex | undefined;

function context(over: Partial<ScanContext> = {}): ScanContext {
  compiled ??= addClaims(compileIndex({ entities: pack.entities, claims: pack.claims, events: pack.events }), [
    { id: elsewhere.id, eventId: elsewhere.id, statement: quote, hints: { terms: [], entityIds: [] } },
  ]);
  return {
    settings: DEFAULT_SETTINGS,
    index: compiled,
    names: new Map([
      ...pack.entities.map((e): [string, string] => [e.id, e.name]),
      ...pack.events.map((e): [string, string] => [e.id, e.title]),
    ]),
    flagIds: new Set([elsewhere.id]),
    suppression: { mutedEntityIds: [], wrongMatchKeys: [] },
    outlets: outletLookup(pack.outlets),
    flagsFor: () => [],
    ...over,
  };
}

const request = { page, outlet: { hostname: 'www.kyivpost.com' }, urls: ['https://www.kyivpost.com/x'] };

describe('scanPage', () => {
  it('finds claims and entities, names them, recognises the outlet, and links a flag made elsewhere', () => {
    const reply = scanPage(context(), request);
    expect(reply.enabled).toBe(true);
    expect(reply.outletId).toBe('kyiv-post');
    expect(reply.matches.claims.map((c) => c.eventId)).toContain('darya-dugina-killing');
    expect(reply.names['darya-dugina']).toBe('Darya Dugina');
    expect(reply.flagLinks.map((l) => l.id)).toEqual([elsewhere.id]);
    expect(reply.matches.claims.some((c) => c.id === elsewhere.id)).toBe(false);
  });

  it('draws a flag made on this page as its own, not as a link', () => {
    const reply = scanPage(context({ flagsFor: () => [elsewhere] }), request);
    expect(reply.flags.map((f) => f.id)).toEqual([elsewhere.id]);
    expect(reply.flagLinks).toEqual([]);
  });

  it('leaves out muted entities and wrong matches', () => {
    const ids = (reply: ReturnType<typeof scanPage>) => new Set(reply.matches.entities.map((e) => e.id));
    const before = ids(scanPage(context(), request));
    expect(before.has('darya-dugina') && before.has('moscow')).toBe(true);
    const after = ids(
      scanPage(
        context({
          suppression: {
            mutedEntityIds: ['darya-dugina'],
            wrongMatchKeys: [wrongMatchKey('entity', 'moscow', 'Moscow')],
          },
        }),
        request,
      ),
    );
    expect(after.has('darya-dugina') || after.has('moscow')).toBe(false);
  });

  it('matches nothing where Parallax is off for the site', () => {
    const reply = scanPage(context({ settings: { ...DEFAULT_SETTINGS, disabledSites: ['kyivpost.com'] } }), request);
    expect(reply).toMatchObject({ enabled: false, matches: { entities: [], claims: [] } });
  });
});

describe('probePage', () => {
  const unrelated =
    'The town council voted on Tuesday to repair the bridge over the river before winter. Residents asked for a new bus line to the hospital.';
  const quiet = { ...request, page: { text: unrelated, blocks: [{ start: 0, end: unrelated.length }] } };

  it('says a page with a claim or entity to show is worth reading, and one without is not', () => {
    expect(probePage(context(), request)).toMatchObject({ worth: true, enabled: true });
    expect(probePage(context(), quiet)).toMatchObject({ worth: false, enabled: true });
  });

  it('counts only what the settings show and the reader has not muted', () => {
    const hidden = {
      ...DEFAULT_SETTINGS,
      show: { ...DEFAULT_SETTINGS.show, claims: false, entities: false, flags: false },
    };
    expect(probePage(context({ settings: hidden }), request).worth).toBe(false);
    const entitiesOnly = { ...DEFAULT_SETTINGS, show: { ...DEFAULT_SETTINGS.show, claims: false, flags: false } };
    const muted = scanPage(context(), request).matches.entities.map((e) => e.id);
    expect(probePage(context({ settings: entitiesOnly }), request).worth).toBe(true);
    expect(
      probePage(
        context({ settings: entitiesOnly, suppression: { mutedEntityIds: muted, wrongMatchKeys: [] } }),
        request,
      ).worth,
    ).toBe(false);
  });

  it('looks for names past the opening when the opening has none the reader sees', () => {
    const filler = `${unrelated} `.repeat(Math.ceil(PROBE_OPENING_CHARS / unrelated.length) + 1);
    const late = (head: string, tail: string) => {
      const long = `${head}${filler}${tail}`;
      return { ...request, page: { text: long, blocks: [{ start: 0, end: long.length }] } };
    };
    const entitiesOnly = { ...DEFAULT_SETTINGS, show: { ...DEFAULT_SETTINGS.show, claims: false, flags: false } };
    const withMuted = (ids: string[]) =>
      context({ settings: entitiesOnly, suppression: { mutedEntityIds: ids, wrongMatchKeys: [] } });
    const past = late('', 'Darya Dugina was killed near Moscow.');
    expect(past.page.text.indexOf('Darya')).toBeGreaterThan(PROBE_OPENING_CHARS);
    expect(probePage(context({ settings: entitiesOnly }), past).worth).toBe(true);
    expect(probePage(withMuted([]), late('', 'The weather was mild.')).worth).toBe(false);
    // A name the reader muted in the opening does not end the look: one further on still counts.
    const both = late('Darya Dugina was mourned. ', 'Protesters gathered in Moscow.');
    expect(probePage(withMuted(['darya-dugina']), both).worth).toBe(true);
    expect(probePage(withMuted(['darya-dugina', 'moscow']), both).worth).toBe(false);
  });

  it('reads a page holding the reader’s own flag, and answers off where Parallax is off', () => {
    expect(probePage(context({ flagsFor: () => [elsewhere] }), quiet).worth).toBe(true);
    const off = { ...DEFAULT_SETTINGS, disabledSites: ['kyivpost.com'] };
    expect(probePage(context({ settings: off }), request)).toMatchObject({ worth: false, enabled: false });
  });
});
