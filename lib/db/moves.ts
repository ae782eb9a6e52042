/**
 * When a pack merges claims or events, their old ids disappear; the reader's own
 * records that name one (a wrong-match mark on a claim, a flag linked to a claim
 * or an event) are moved to the id that absorbed it (`formerIds`). Nothing of the
 * reader's is deleted. Mutes name entities, which are never merged, and stay as
 * they are. Runs inside the pack load's transaction, so the new records and the
 * moved marks are written together or not at all.
 */
import type { Pack } from '../dataset/types';
import { movedWrongMatchKey } from '../feedback/suppression';
import type { FlagRecord, WrongMatchRecord } from './records';
import type { ParallaxDB } from './schema';

/** Old id → the id that absorbed it: for a claim, with the event the survivor belongs to. */
export interface IdMoves {
  claims: ReadonlyMap<string, { id: string; eventId: string }>;
  events: ReadonlyMap<string, string>;
}

/** How many of the reader's records a load moved to new ids. */
export interface MovedCounts {
  flags: number;
  wrongMatches: number;
}

/** The moves a pack asks for, from its claims' and events' former ids. */
export function idMoves(pack: Pack): IdMoves {
  const claims = new Map<string, { id: string; eventId: string }>();
  const events = new Map<string, string>();
  for (const c of pack.claims) for (const old of c.formerIds ?? []) claims.set(old, { id: c.id, eventId: c.eventId });
  for (const e of pack.events) for (const old of e.formerIds ?? []) events.set(old, e.id);
  return { claims, events };
}

/** True when the pack moves nothing (most loads): no table is read. */
export function movesNothing(moves: IdMoves): boolean {
  return moves.claims.size === 0 && moves.events.size === 0;
}

/** Moves flags and wrong-match marks off retired ids; call inside a transaction over `flags` and `wrongMatches`. */
export async function moveUserRecords(db: ParallaxDB, moves: IdMoves): Promise<MovedCounts> {
  if (movesNothing(moves)) return { flags: 0, wrongMatches: 0 };
  const movedFlag = (flag: FlagRecord): boolean =>
    (flag.claimId !== null && moves.claims.has(flag.claimId)) ||
    (flag.eventId !== null && moves.events.has(flag.eventId));
  const flags = await db.flags.filter(movedFlag).modify((flag) => {
    // A flag linked to a claim is linked to that claim's event: both follow the claim.
    const claim = flag.claimId === null ? undefined : moves.claims.get(flag.claimId);
    if (claim) {
      flag.claimId = claim.id;
      flag.eventId = claim.eventId;
    } else if (flag.eventId !== null) {
      flag.eventId = moves.events.get(flag.eventId) ?? flag.eventId;
    }
  });
  // A mark's key holds its target's id, so a moved mark is a new record under a new key.
  const marks = await db.wrongMatches
    .where('kind')
    .equals('claim')
    .filter((w) => moves.claims.has(w.targetId))
    .toArray();
  const moved = marks.map((w): WrongMatchRecord => {
    const targetId = moves.claims.get(w.targetId)?.id ?? w.targetId;
    return { ...w, id: movedWrongMatchKey(w.id, targetId), targetId };
  });
  await db.wrongMatches.bulkDelete(marks.map((w) => w.id));
  await db.wrongMatches.bulkPut(moved);
  return { flags, wrongMatches: moved.length };
}
