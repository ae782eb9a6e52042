/**
 * The contract of one page scan: what a page sends (its text, publisher hints
 * and URLs) and what the background answers. Types only, so the message
 * protocol, the background and the content script share them without
 * importing one another.
 */
import type { Flag } from '../flags/types';
import type { PageMatches, PageText } from '../match/types';
import type { Settings } from '../settings/schema';

/** What the page says about who published it (see lib/page/outlet). */
export interface OutletHintsPayload {
  hostname: string;
  canonicalHost?: string;
  siteName?: string;
}

/** Request: match one page's article text. */
export interface ScanRequest {
  page: PageText;
  outlet: OutletHintsPayload;
  /** The page's visited and canonical URLs, to find the reader's flags made here. */
  urls: string[];
}

/** A sentence that says what one of the reader's flags says, on another page. */
export interface FlagLinkHit {
  kind: 'flag';
  /** The flag's id. */
  id: string;
  start: number;
  end: number;
  score: number;
}

/** Reply to a scan: the matches and the dataset outlet this page belongs to. */
export interface ScanReply {
  matches: PageMatches;
  /** The reader's flags made on this page, to be found again in its text. */
  flags: Flag[];
  /** Sentences like a flag the reader made on another page: drawn as flag highlights. */
  flagLinks: FlagLinkHit[];
  outletId: string | null;
  outletName: string | null;
  /** Display names of the entities and events in `matches`, by id. */
  names: Record<string, string>;
  /** Time the background spent matching, for diagnostics and benchmarks. */
  matchMs: number;
  /** False when Parallax is off for this site or everywhere: nothing was matched, nothing is drawn. */
  enabled: boolean;
  /** The settings the page is to follow (styles, categories, hover delays). */
  settings: Settings;
}

/**
 * Reply to a probe: the quick look at a page (its headline and paragraphs)
 * holds something Parallax would show, so the page is worth reading properly.
 */
export interface ProbeReply {
  /** True when the page has a highlight to draw, or the reader's own flags to find again. */
  worth: boolean;
  /** False when Parallax is off for this site or everywhere. */
  enabled: boolean;
  /** The settings the page is to follow. */
  settings: Settings;
}
