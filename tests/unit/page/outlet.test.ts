import { describe, expect, it } from 'vitest';

import { dayInUrl, readFlagPageInfo, readOutletHints, readPageFacts } from '@/lib/page/outlet';
import { bareHostname } from '@/lib/settings/site';

import { loadIntoDocument } from './fixtures';

describe('readOutletHints', () => {
  it('reads hostname, canonical URL, site name, title and publication time of a news page', () => {
    const document = loadIntoDocument('news-article.html');
    const hints = readOutletHints(
      document,
      new URL('https://www.dailyexample.co.uk/world/car-bomb-moscow-12345?utm_source=x'),
    );
    expect(hints).toEqual({
      hostname: 'dailyexample.co.uk',
      canonicalUrl: 'https://www.dailyexample.co.uk/world/car-bomb-moscow-12345',
      siteName: 'The Daily Example',
      title: 'Car bomb kills daughter of Russian nationalist near Moscow',
      publishedAt: '2022-08-21T09:30:00+01:00',
    });
  });

  it('names the canonical host when the page is served from elsewhere (AMP cache, mirror)', () => {
    const document = loadIntoDocument(
      '<!DOCTYPE html><html><head><title>T</title><link rel="canonical" href="https://www.kyivpost.com/post/123"></head><body></body></html>',
    );
    const hints = readOutletHints(document, new URL('https://amp.example-cache.org/c/s/kyivpost.com/post/123'));
    expect(hints.hostname).toBe('amp.example-cache.org');
    expect(hints.canonicalHost).toBe('kyivpost.com');
  });

  it('falls back to JSON-LD @graph, then <time datetime>, for the publication time', () => {
    const ld =
      '{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2022-08-22T08:00:00Z"}]}';
    const withLd = loadIntoDocument(
      `<!DOCTYPE html><html><head><title>T</title><script type="application/ld+json">${ld}</script></head><body><time datetime="2020-01-01">x</time></body></html>`,
    );
    expect(readOutletHints(withLd, new URL('https://example.com/a')).publishedAt).toBe('2022-08-22T08:00:00Z');
    const broken = loadIntoDocument(
      '<!DOCTYPE html><html><head><title>T</title><script type="application/ld+json">{broken</script></head><body><time datetime="2022-08-23">x</time></body></html>',
    );
    expect(readOutletHints(broken, new URL('https://example.com/a')).publishedAt).toBe('2022-08-23');
  });

  it('uses <title> without og:title and ignores non-http canonical links', () => {
    const document = loadIntoDocument(
      '<!DOCTYPE html><html><head><title>Plain title</title><link rel="canonical" href="javascript:alert(1)"></head><body></body></html>',
    );
    const hints = readOutletHints(document, new URL('https://news.example.com/x'));
    expect(hints).toEqual({ hostname: 'news.example.com', title: 'Plain title' });
  });

  it('strips only a leading www. and lowercases', () => {
    expect(bareHostname('WWW.Newsweek.com')).toBe('newsweek.com');
    expect(bareHostname('www2.example.com')).toBe('www2.example.com');
  });
});

describe('the publication day a page gives the matcher', () => {
  const page = (head: string): Document =>
    loadIntoDocument(`<!DOCTYPE html><html><head><title>T</title>${head}</head><body></body></html>`);

  it('reads a day written in the URL of a page that declares none', () => {
    expect(dayInUrl('https://www.example.com/2022/08/15/soldiers-refuse/')).toBe('2022-08-15');
    expect(dayInUrl('https://www.example.hu/global/20220912/ellentamadas-566427')).toBe('2022-09-12');
    expect(dayInUrl('https://example.org/news/2023-06-24-wagner-column')).toBe('2023-06-24');
    expect(dayInUrl('https://example.com/2022/9/6/kharkiv')).toBe('2022-09-06');
  });

  it('reads a day written day first, as much of Europe writes it', () => {
    expect(dayInUrl('https://www.example.ru/videos/society/12012023/540040')).toBe('2023-01-12');
    expect(dayInUrl('https://example.eu/ru/news/20-08-2022-interview-with-a-paratrooper')).toBe('2022-08-20');
    expect(dayInUrl('https://example.com.br/internacional/losses-in-war-08082022')).toBe('2022-08-08');
    // A year-first day wins where both are written.
    expect(dayInUrl('https://example.com/2022/08/15/story-01012023')).toBe('2022-08-15');
    expect(dayInUrl('https://example.com/news/31022023/story')).toBeUndefined();
  });

  it('reads no day from ids, a month alone or an impossible date', () => {
    expect(dayInUrl('https://example.com/world/car-bomb-moscow-12345')).toBeUndefined();
    expect(dayInUrl('https://example.com/news/202208151234-story')).toBeUndefined();
    expect(dayInUrl('https://example.com/2022/08/story')).toBeUndefined();
    expect(dayInUrl('https://example.com/2022/02/30/story')).toBeUndefined();
    expect(dayInUrl('https://example.com/story?date=2022-08-15')).toBeUndefined();
  });

  it('prefers the declared time, then the canonical URL, then the visited one', () => {
    const declared = page(
      '<meta property="article:published_time" content="2022-08-21T09:30:00Z"><link rel="canonical" href="https://x.com/2023/01/02/a">',
    );
    expect(readPageFacts(declared, new URL('https://x.com/2024/03/04/a')).published).toBe('2022-08-21');
    const canonical = page('<link rel="canonical" href="https://x.com/2023/01/02/a">');
    expect(readPageFacts(canonical, new URL('https://amp.x.com/2024/03/04/a')).published).toBe('2023-01-02');
    expect(readPageFacts(page(''), new URL('https://x.com/2024/03/04/a')).published).toBe('2024-03-04');
    expect(readPageFacts(page(''), new URL('https://x.com/world/a-12345')).published).toBeUndefined();
  });
});

describe('readFlagPageInfo', () => {
  it('records the canonical and visited URLs, the title, the publication time and the matched outlet', () => {
    const document = loadIntoDocument('news-article.html');
    const visited = 'https://www.dailyexample.co.uk/world/car-bomb-moscow-12345?utm_source=x';
    expect(readFlagPageInfo(document, new URL(visited), { id: 'daily-example', name: 'The Daily Example' })).toEqual({
      url: 'https://www.dailyexample.co.uk/world/car-bomb-moscow-12345',
      pageUrl: visited,
      title: 'Car bomb kills daughter of Russian nationalist near Moscow',
      publishedAt: '2022-08-21T09:30:00+01:00',
      outletId: 'daily-example',
      outletName: 'The Daily Example',
    });
  });

  it('falls back to the visited URL and no date on a page that declares neither', () => {
    const document = loadIntoDocument('<!DOCTYPE html><html><head><title>T</title></head><body></body></html>');
    expect(readFlagPageInfo(document, new URL('https://example.org/a'), { id: null, name: null })).toEqual({
      url: 'https://example.org/a',
      pageUrl: 'https://example.org/a',
      title: 'T',
      publishedAt: null,
      outletId: null,
      outletName: null,
    });
  });
});

describe('first-match lookups for what a page declares', () => {
  it('takes the first matching element in document order, wherever it sits', async () => {
    const { firstOfTag, metaContent } = await import('@/lib/page/lookup');
    const document = loadIntoDocument(
      '<!DOCTYPE html><html><head><title>T</title><meta name="x" content=" "><meta property="og:title" content=" One "></head><body><meta name="date" content="2022-08-21"><time>no</time><time datetime="2022-08-22">x</time></body></html>',
    );
    expect(metaContent(document, '[name="x"]')).toBeUndefined();
    expect(metaContent(document, '[name="date"], [property="og:title"]')).toBe('One');
    expect(firstOfTag(document, 'time', '[datetime]')?.getAttribute('datetime')).toBe('2022-08-22');
    expect(firstOfTag(document, 'link', '[rel~="canonical"]')).toBeNull();
  });
});

describe('the quick look at a page', () => {
  it('reads the headline and the paragraphs, leaving out short bits, with the page language', async () => {
    const { readProbeText } = await import('@/lib/page/probe');
    const document = loadIntoDocument(
      '<!DOCTYPE html><html lang="de"><head><title>T</title></head><body><h1>Autobombe tötet Darja Dugina</h1><p>Share</p><p>Die Tochter des Publizisten starb bei einer Explosion nahe Moskau.</p><p>Die Ermittler sprechen von einem geplanten Anschlag auf das Auto.</p><p>Kiew wies jede Beteiligung an der Tat zurück, hieß es am Sonntag.</p></body></html>',
    );
    const page = readProbeText(document, '2022-08-21');
    expect(page.text.startsWith('Autobombe tötet Darja Dugina\n\nDie Tochter')).toBe(true);
    expect(page.text).not.toContain('Share');
    expect(page.headline).toEqual({ start: 0, end: 'Autobombe tötet Darja Dugina'.length });
    expect(page.blocks).toHaveLength(4);
    expect(page.blocks.every((b) => page.text.slice(b.start, b.end).trim().length === b.end - b.start)).toBe(true);
    expect(page).toMatchObject({ lang: 'de', published: '2022-08-21' });
  });

  it('leaves out short paragraphs that are links to other stories, as the matcher does', async () => {
    const { readProbeText, LINK_LINE_CHARS } = await import('@/lib/page/probe');
    const { TEASER_MAX_CHARS } = await import('@/lib/match/teaser-size');
    expect(LINK_LINE_CHARS).toBe(TEASER_MAX_CHARS);
    const page = readProbeText(
      loadIntoDocument(
        '<!DOCTYPE html><html><head><title>T</title></head><body><h1>Council approves the bridge budget</h1><p>The council voted to repair the bridge, said <a href="/m">the mayor</a>, after a long debate.</p><p><strong><a href="/d">Darya Dugina killed by a car bomb near Moscow</a></strong></p><p>Residents said the detour through the square had doubled their journeys.</p><p>The council will meet again next month to discuss parking.</p></body></html>',
      ),
    );
    expect(page.text).toContain('said the mayor, after');
    expect(page.text).not.toContain('Dugina');
    expect(page.blocks).toHaveLength(4);
  });

  it('takes the body text of prose written without paragraphs, and stops at its cap', async () => {
    const { readProbeText, MAX_PROBE_CHARS } = await import('@/lib/page/probe');
    const lines = 'Darya Dugina was killed by a car bomb near Moscow.<br>'.repeat(10);
    expect(
      readProbeText(
        loadIntoDocument(`<!DOCTYPE html><html><head><title>T</title></head><body><div>${lines}</div></body></html>`),
      ).text,
    ).toContain('car bomb near Moscow');
    const huge = `<p>${'word '.repeat(30_000)}</p>`.repeat(3);
    expect(
      readProbeText(loadIntoDocument(`<!DOCTYPE html><html><head><title>T</title></head><body>${huge}</body></html>`))
        .text.length,
    ).toBeLessThanOrEqual(MAX_PROBE_CHARS);
  });
});
