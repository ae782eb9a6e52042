/**
 * View models for comparing how outlets reported the same claim or event.
 * Built in the background from database records, sent to the popover and the
 * side panel, rendered by components/ without further lookups.
 */
import type { Claim, Entity, Figure, Outlet, PackEvent, Report } from '../dataset/types';

/** A report together with the outlet that published it. */
export interface OutletReport {
  report: Report;
  outlet: Outlet;
}

/** A claim with its event, every report of it and the entities involved. */
export interface ClaimView {
  claim: Claim;
  event: PackEvent;
  reports: OutletReport[];
  entities: Entity[];
}

/** An event with its claims, every report of them and the entities involved. */
export interface EventView {
  event: PackEvent;
  claims: Claim[];
  reports: OutletReport[];
  entities: Entity[];
}

/** An entity with the events it appears in. */
export interface EntityView {
  entity: Entity;
  events: PackEvent[];
  /** How many distinct outlets reported an event this entity appears in. */
  outletCount: number;
}

/** Something about one row that differs from the other outlets. */
export type RowMark =
  | { kind: 'figure-differs'; figure: Figure; others: Figure[] }
  | { kind: 'asserted-vs-attributed'; othersAttributing: number }
  | { kind: 'stronger-doubt'; certainty: Report['certainty'] };

/** One outlet's row in a comparison, with what sets it apart. */
export interface ComparisonRow extends OutletReport {
  marks: RowMark[];
}

/** A difference between outlets, explained in words for the reader. */
export interface Discrepancy {
  kind: 'figures' | 'certainty' | 'attribution';
  /** One plain sentence naming the outlets and what differs. */
  text: string;
  outletIds: string[];
}

/** How every outlet reported one claim, split into this page's outlet and the others. */
export interface ClaimComparison {
  claim: Claim;
  event: PackEvent;
  entities: Entity[];
  /** Rows for the outlet of the page being read (usually zero or one). */
  here: ComparisonRow[];
  /** Rows for every other outlet, most recent first. */
  others: ComparisonRow[];
  discrepancies: Discrepancy[];
}

/** One outlet's first report of an event, for the timeline. */
export interface TimelineEntry {
  /** ISO date (or `YYYY-MM`) of the outlet's earliest report; null when unknown. */
  date: string | null;
  outletId: string;
  outletName: string;
  headline: string | null;
  url: string;
  /** The claims of the event this outlet reported. */
  claimIds: string[];
}

/** How the whole event was told: each claim compared, who reported when, who stayed silent. */
export interface EventComparison {
  event: PackEvent;
  entities: Entity[];
  /** One comparison per claim of the event that has reports, in the event's order. */
  claims: ClaimComparison[];
  /** Oldest first; undated reports last. */
  timeline: TimelineEntry[];
  /** Outlets that reported a related event (sharing an entity) but not this one. */
  silentOutlets: Outlet[];
}
