/**
 * What a page says about who published it and when: hostname, canonical URL,
 * og:site_name, headline title, publication time. Only read here; matching
 * these hints to a dataset outlet happens in the background.
 */
import type { FlagPageInfo } from '../flags/create';
import type { OutletHintsPayload } from '../scan/types';
import { bareHostname } from '../settings/site';
import { declaredTitle } from './headline';
import { allOfTag, firstOfTag, metaContent as meta } from './lookup';

/** Publisher hints read from a page. */
export interface OutletHints {
  /** The page's hostname as `bareHostname` keys it. */
  hostname: string;
  /** Hostname of the canonical URL when it differs (AMP pages, syndication, mirrors). */
  canonicalHost?: string;
  /** `og:site_name` (or `application-name`), as written. */
  siteName?: string;
  /** og:title, else `<title>`. */
  title: string;
  /** Publication time as the page declares it (ISO 8601 string, unparsed). */
  publishedAt?: string;
  /** Absolute canonical URL (`<link rel=canonical>`, else og:url). */
  canonicalUrl?: string;
}

function absoluteUrl(value: string | null | undefined, base: string): URL | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

// JSON-LD may be one object, an array, or an `@graph`; the first datePublished found wins.
function jsonLdDatePublished(document: Document): string | undefined {
  const pending: unknown[] = [];
  for (const script of allOfTag(document, 'script', '[type="application/ld+json"]')) {
    try {
      pending.push(JSON.parse(script.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common; other sources of the date remain.
    }
  }
  for (let visited = 0; pending.length > 0 && visited < 200; visited += 1) {
    const item = pending.shift();
    if (Array.isArray(item)) pending.push(...(item as unknown[]));
    else if (item && typeof item === 'object') {
      const record = item as Record<string, unknown>;
      if (typeof record.datePublished === 'string' && record.datePublished.trim()) return record.datePublished.trim();
      if (Array.isArray(record['@graph'])) pending.push(...(record['@graph'] as unknown[]));
    }
  }
  return undefined;
}

function publishedTime(document: Document): string | undefined {
  return (
    meta(document, 'meta[property="article:published_time"], meta[name="article:published_time"]') ??
    jsonLdDatePublished(document) ??
    meta(
      document,
      'meta[itemprop="datePublished"], meta[name="date"], meta[name="pubdate"], meta[name="parsely-pub-date"]',
    ) ??
    (firstOfTag(document, 'time', '[datetime]')?.getAttribute('datetime')?.trim() || undefined)
  );
}

/** Reads the publisher hints of `document`, loaded from `location`. */
export function readOutletHints(document: Document, location: Pick<Location, 'href' | 'hostname'> | URL): OutletHints {
  const hostname = bareHostname(location.hostname);
  const canonical =
    absoluteUrl(firstOfTag(document, 'link', '[rel~="canonical"]')?.getAttribute('href'), location.href) ??
    absoluteUrl(meta(document, 'meta[property="og:url"]'), location.href);
  const hints: OutletHints = { hostname, title: declaredTitle(document) };
  if (canonical) {
    hints.canonicalUrl = canonical.href;
    const canonicalHost = bareHostname(canonical.hostname);
    if (canonicalHost !== hostname) hints.canonicalHost = canonicalHost;
  }
  const siteName = meta(
    document,
    'meta[property="og:site_name"], meta[name="og:site_name"], meta[name="application-name"]',
  );
  if (siteName) hints.siteName = siteName;
  const publishedAt = publishedTime(document);
  if (publishedAt) hints.publishedAt = publishedAt;
  return hints;
}

/** What a flag made on `document` records about the page, with its outlet as the background matched it (if it did). */
export function readFlagPageInfo(
  document: Document,
  location: Pick<Location, 'href' | 'hostname'> | URL,
  outlet: { id: string | null; name: string | null },
): FlagPageInfo {
  const hints = readOutletHints(document, location);
  return {
    url: hints.canonicalUrl ?? location.href,
    pageUrl: location.href,
    title: hints.title,
    publishedAt: hints.publishedAt ?? null,
    outletId: outlet.id,
    outletName: outlet.name,
  };
}

/** What a scan request tells the background about a page besides its text. */
export interface PageFacts {
  /** Who published it, for the background to find the outlet. */
  outlet: OutletHintsPayload;
  /** The visited and canonical URLs, under which the reader's flags made here are kept. */
  urls: string[];
  /** The publication day (YYYY-MM-DD), which lets the matcher tell this year's event from last year's. */
  published?: string;
}

/** Reads the facts of `document`, loaded from `location`, that go with its text to the background. */
export function readPageFacts(document: Document, location: Pick<Location, 'href' | 'hostname'> | URL): PageFacts {
  const hints = readOutletHints(document, location);
  const outlet: OutletHintsPayload = {
    hostname: hints.hostname,
    ...(hints.canonicalHost ? { canonicalHost: hints.canonicalHost } : {}),
    ...(hints.siteName ? { siteName: hints.siteName } : {}),
  };
  const urls = [...new Set([location.href, ...(hints.canonicalUrl ? [hints.canonicalUrl] : [])])];
  const published =
    /^\d{4}-\d{2}-\d{2}/.exec(hints.publishedAt ?? '')?.[0] ??
    (hints.canonicalUrl ? dayInUrl(hints.canonicalUrl) : undefined) ??
    dayInUrl(location.href);
  return published ? { outlet, urls, published } : { outlet, urls };
}

/**
 * A day written in a URL's path: /2022/08/15/, 2022-08-15 or 20220815 standing alone, or day first as much of
 * Europe writes it, 15-08-2022 or 15082022 (read only when no year-first day is there).
 */
const URL_DAY = [
  /\/(?<y>20\d\d)\/(?<m>\d\d?)\/(?<d>\d\d?)(?=\/|$|[^\d])/,
  /(?<!\d)(?<y>20\d\d)-(?<m>\d\d)-(?<d>\d\d)(?!\d)/,
  /(?<!\d)(?<y>20\d\d)(?<m>\d\d)(?<d>\d\d)(?!\d)/,
  /(?<!\d)(?<d>\d\d)-(?<m>\d\d)-(?<y>20\d\d)(?!\d)/,
  /(?<!\d)(?<d>\d\d)(?<m>\d\d)(?<y>20\d\d)(?!\d)/,
];

/**
 * The publication day a page's URL gives (`YYYY-MM-DD`), for a page that declares none: most news sites write
 * it in the path. Only a real calendar day counts.
 */
export function dayInUrl(href: string): string | undefined {
  let path: string;
  try {
    path = new URL(href).pathname;
  } catch {
    return undefined;
  }
  for (const pattern of URL_DAY) {
    const g = pattern.exec(path)?.groups;
    if (!g) continue;
    const [year, month, day] = [Number(g.y), Number(g.m), Number(g.d)];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) continue;
    return date.toISOString().slice(0, 10);
  }
  return undefined;
}
