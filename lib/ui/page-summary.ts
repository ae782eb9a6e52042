/** Turns a page's matches into the side panel's "On this page" list, in reading order. */
import type { ClaimHit, EntityHit } from '../match/types';
import type { PageItem } from '../messaging/tab-protocol';

/** Events (from their claims) and entities, ordered by first appearance, with counts. */
export function summariseMatches(
  claims: readonly ClaimHit[],
  entities: readonly EntityHit[],
  names: Readonly<Record<string, string>>,
): PageItem[] {
  const items = new Map<string, PageItem & { first: number }>();
  const add = (key: string, item: () => PageItem, start: number, claimId?: string): void => {
    let entry = items.get(key);
    if (!entry) {
      entry = { ...item(), first: start };
      items.set(key, entry);
    }
    entry.count += 1;
    entry.first = Math.min(entry.first, start);
    if (claimId && !entry.claimIds.includes(claimId)) entry.claimIds.push(claimId);
  };
  for (const hit of claims)
    add(
      `event:${hit.eventId}`,
      () => ({ kind: 'event', id: hit.eventId, label: names[hit.eventId] ?? hit.eventId, count: 0, claimIds: [] }),
      hit.start,
      hit.id,
    );
  for (const hit of entities)
    add(
      `entity:${hit.id}`,
      () => ({ kind: 'entity', id: hit.id, label: names[hit.id] ?? hit.id, count: 0, claimIds: [] }),
      hit.start,
    );
  return [...items.values()]
    .sort((a, b) => a.first - b.first || (a.kind === 'event' ? -1 : 1))
    .map(({ first: _first, ...item }) => item);
}
