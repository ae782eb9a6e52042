import { describe, expect, it } from 'vitest';

import { FlagService } from '@/lib/background/flags';
import { ParallaxDB } from '@/lib/db/schema';
import { describeSelection } from '@/lib/flags/anchor';
import { createFlag } from '@/lib/flags/create';

const text = 'The fighters said their duty was done. They refused to fight in Donetsk Oblast despite threats.';
const page = { text, blocks: [{ start: 0, end: text.length }] };

function flag(url: string, quote: string) {
  const start = text.indexOf(quote);
  return createFlag(
    { url, pageUrl: `${url}?utm=x`, title: 'T', publishedAt: null, outletId: null, outletName: null },
    describeSelection(page, start, start + quote.length),
    { note: '', label: 'unverified', claimId: null, eventId: null },
  );
}

describe('FlagService', () => {
  it('finds a page’s flags by canonical or visited URL and sees every write at once', async () => {
    let changes = 0;
    const flags = new FlagService(new ParallaxDB(), () => changes++);
    const a = flag('https://a.test/story', 'They refused to fight');
    expect(await flags.forPage(['https://a.test/story'])).toEqual([]);
    await flags.save(a);
    expect((await flags.forPage(['https://a.test/story?utm=x'])).map((f) => f.id)).toEqual([a.id]);
    expect(await flags.forPage(['https://b.test/'])).toEqual([]);
    await flags.delete(a.id);
    expect(await flags.forPage(['https://a.test/story'])).toEqual([]);
    expect(changes).toBe(2);
  });

  it('keeps an orphaned flag and says so, and clears the mark when it is found again', async () => {
    const flags = new FlagService(new ParallaxDB(), () => undefined);
    const a = flag('https://a.test/story', 'duty was done');
    await flags.save(a);
    await flags.markAnchored([], [a.id]);
    expect((await flags.list()).map((f) => [f.id, f.orphaned])).toEqual([[a.id, true]]);
    await flags.markAnchored([a.id], []);
    expect((await flags.list())[0]?.orphaned).toBe(false);
  });

  it('imports its own export into a fresh profile, and refuses a broken file without changing anything', async () => {
    const source = new FlagService(new ParallaxDB('source'), () => undefined);
    await source.save(flag('https://a.test/story', 'They refused to fight'));
    const text = await source.exportText('1.0.0');
    const target = new FlagService(new ParallaxDB('target'), () => undefined);
    expect(await target.importText('{"type":"AnnotationCollection","items":[{"type":"Annotation"}]}')).toMatchObject({
      ok: false,
    });
    expect(await target.list()).toEqual([]);
    expect(await target.importText(text)).toEqual({ ok: true, added: 1, updated: 0, unchanged: 0 });
    expect(await target.importText(text)).toEqual({ ok: true, added: 0, updated: 0, unchanged: 1 });
    expect((await target.list()).map((f) => f.quote)).toEqual(['They refused to fight']);
  });
});
