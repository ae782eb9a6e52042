/**
 * Sites the reader names on the options page and in the popup: page addresses
 * and typed text read as the site key of lib/settings/site, as `isEnabledOn`
 * in lib/settings/schema compares them.
 */
import { err, ok, type Result } from '../messaging/result';
import { bareHostname } from '../settings/site';

/** Longest hostname DNS allows (RFC 1035). */
const MAX_HOSTNAME = 253;

/** A hostname label, an IPv4 address's part, or a bracketed IPv6 address: what `URL` leaves after parsing. */
const HOSTNAME =
  /^(?:\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*)$/;

/** Why typed text is not a site. */
export type SiteInputProblem = 'empty' | 'invalid';

/** The site of a page address, or null for anything but an http(s) page. */
export function siteOfUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const site = bareHostname(parsed.hostname);
  return site && HOSTNAME.test(site) ? site : null;
}

/**
 * Reads what a reader typed, a bare hostname or a whole address, as a site.
 * Parsed by `URL`, so international names come out in the same punycode form
 * as a page's `location.hostname`.
 */
export function parseSiteInput(text: string): Result<string, SiteInputProblem> {
  const trimmed = text.trim();
  if (trimmed === '') return err('empty');
  if (/\s/.test(trimmed) || trimmed.length > 2048) return err('invalid');
  const address = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`;
  const site = siteOfUrl(address);
  if (site === null || site.length > MAX_HOSTNAME) return err('invalid');
  return ok(site);
}
