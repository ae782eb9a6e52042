/** Recognises which dataset outlet published the page being read. */
import type { Outlet } from '../dataset/types';
import type { OutletHintsPayload } from './types';

/** The outlet a page belongs to, if the dataset knows it. */
export interface ResolvedOutlet {
  id: string;
  name: string;
}

/** `www.news.example.co.uk` → [`www.news.example.co.uk`, `news.example.co.uk`, `example.co.uk`, `co.uk`]. */
export function hostCandidates(host: string): string[] {
  const parts = host.toLowerCase().replace(/\.$/, '').split('.');
  const out: string[] = [];
  for (let i = 0; i < parts.length - 1; i++) out.push(parts.slice(i).join('.'));
  return out;
}

function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Lookup tables from domains and names to outlets. */
export interface OutletLookup {
  byDomain: Map<string, ResolvedOutlet>;
  byName: Map<string, ResolvedOutlet>;
}

/** Builds the lookup tables once per dataset. */
export function outletLookup(outlets: readonly Outlet[]): OutletLookup {
  const byDomain = new Map<string, ResolvedOutlet>();
  const byName = new Map<string, ResolvedOutlet>();
  for (const o of outlets) {
    const resolved = { id: o.id, name: o.name };
    for (const domain of o.domains) byDomain.set(domain.toLowerCase(), resolved);
    byName.set(normaliseName(o.name), resolved);
  }
  return { byDomain, byName };
}

/**
 * Hostname first, then the canonical link's host (syndicated or AMP copies),
 * then og:site_name; the first that names a known outlet wins.
 */
export function resolveOutlet(lookup: OutletLookup, hints: OutletHintsPayload): ResolvedOutlet | null {
  for (const host of [hints.hostname, hints.canonicalHost]) {
    if (!host) continue;
    for (const candidate of hostCandidates(host)) {
      const outlet = lookup.byDomain.get(candidate);
      if (outlet) return outlet;
    }
  }
  return hints.siteName ? (lookup.byName.get(normaliseName(hints.siteName)) ?? null) : null;
}
