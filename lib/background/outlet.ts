/** Recognises which dataset outlet published the page being read. */
import type { OutletHintsPayload } from '../messaging/protocol';
import type { ParallaxDB } from '../db/schema';

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
  return name.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Hostname first, then the canonical link's host (syndicated or AMP copies),
 * then og:site_name; the first that names a known outlet wins.
 */
export async function resolveOutlet(db: ParallaxDB, hints: OutletHintsPayload): Promise<ResolvedOutlet | null> {
  for (const host of [hints.hostname, hints.canonicalHost]) {
    if (!host) continue;
    for (const candidate of hostCandidates(host)) {
      const outlet = await db.outlets.where('domains').equals(candidate).first();
      if (outlet) return { id: outlet.id, name: outlet.name };
    }
  }
  if (hints.siteName) {
    const wanted = normaliseName(hints.siteName);
    const outlet = await db.outlets.filter((o) => normaliseName(o.name) === wanted).first();
    if (outlet) return { id: outlet.id, name: outlet.name };
  }
  return null;
}
