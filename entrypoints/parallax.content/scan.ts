/**
 * The first scan of a page: find the article, read its text, ask the background
 * what it recognises, and draw the highlights.
 */
import { findArticleRegion } from '@/lib/page/article';
import { readPageText } from '@/lib/page/text-map';
import { Highlighter } from '@/lib/page/highlighter';
import { readOutletHints } from '@/lib/page/outlet';
import type { ApplyReport } from '@/lib/page/types';
import type { ClaimHit, EntityHit } from '@/lib/match/types';
import type { ScanReply } from '@/lib/messaging/protocol';
import { sendToBackground } from '@/lib/messaging/client';

/** What a finished scan knows about the page. */
export interface ScanResult {
  reply: ScanReply | null;
  /** Highlight element → the hit it stands for. */
  hits: WeakMap<Element, ClaimHit | EntityHit>;
  report: ApplyReport | null;
  highlighter: Highlighter;
}

/** Scans the page once and highlights what the background recognised. */
export async function scanPage(signal: AbortSignal): Promise<ScanResult> {
  const highlighter = new Highlighter(document, { signal });
  const hits = new WeakMap<Element, ClaimHit | EntityHit>();
  const region = findArticleRegion(document);
  if (!region) return { reply: null, hits, report: null, highlighter };
  const reading = readPageText(region);
  const hints = readOutletHints(document, location);
  const outlet = { hostname: hints.hostname, ...(hints.canonicalHost ? { canonicalHost: hints.canonicalHost } : {}), ...(hints.siteName ? { siteName: hints.siteName } : {}) };
  const reply = await sendToBackground('page.scan', { page: reading.page, outlet });
  if (!reply.ok) throw new Error(reply.error.message);
  if (signal.aborted) return { reply: reply.value, hits, report: null, highlighter };
  const { claims, entities } = reply.value.matches;
  const report = await highlighter.apply(reading.map, [...claims, ...entities]);
  for (const { hit, marks } of report.drawn) for (const mark of marks) hits.set(mark, hit as ClaimHit | EntityHit);
  return { reply: reply.value, hits, report, highlighter };
}
