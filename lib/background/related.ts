/** Gathers an event and the outlets of related events for the side panel's comparison. */
import type { EventView } from '../compare/types';
import type { Outlet } from '../dataset/types';
import { getEntityView, getEventView } from '../db/queries';
import type { ParallaxDB } from '../db/schema';

/** An event's comparison input, and every outlet that reported a related event. */
export interface RelatedEvent {
  input: EventView;
  relatedOutlets: Outlet[];
}

/**
 * Related events share a person, organisation or unit with this one. Places are
 * left out: nearly every event shares "Ukraine", which would relate everything.
 */
export async function relatedEventView(db: ParallaxDB, eventId: string): Promise<RelatedEvent> {
  const view = await getEventView(db, eventId);
  if (!view) throw new Error(`No event with id ${eventId}.`);
  const shared = view.entities.filter((e) => e.kind !== 'place' && view.event.entityIds.includes(e.id));
  const relatedIds = new Set<string>();
  for (const entity of shared) {
    const entityView = await getEntityView(db, entity.id);
    for (const event of entityView?.events ?? []) if (event.id !== eventId) relatedIds.add(event.id);
  }
  const outlets = new Map<string, Outlet>();
  for (const id of relatedIds) {
    const related = await getEventView(db, id);
    for (const { outlet } of related?.reports ?? []) outlets.set(outlet.id, outlet);
  }
  return { input: view, relatedOutlets: [...outlets.values()] };
}
