import type { OutcomeEvent } from '../outcome-event.js';

/**
 * The attribute of a history import's sent events that names the layout of the file they came from.
 * Provenance, not a feature: `foldEvents` leaves it out of an observation's features.
 */
export const historyLayoutAttribute = 'historyLayout';

/** How a history file was read: one row per sent message (or per lead), or one row per event. */
export type HistoryLayout = 'row-per-message' | 'row-per-event';

/** A campaign whose sends the tenant already holds from a history file of the other layout. */
export interface LayoutOverlap {
  campaign: string;
  /** The layout of the stored history. */
  storedLayout: HistoryLayout;
  /** Sent messages of the campaign stored from that layout. */
  storedMessages: number;
}

/** The stored layout of a sent event, when a history import marked it. */
function layoutOf(event: OutcomeEvent): HistoryLayout | undefined {
  const value = event.attributes?.[historyLayoutAttribute];
  return value === 'row-per-message' || value === 'row-per-event' ? value : undefined;
}

/**
 * Campaigns whose sends would be counted twice: the tenant holds sent messages of the campaign from a
 * history file of the other layout, and `incoming` brings sends of it under message ids not stored.
 * A lemlist lead export (one message per lead) and its activity export (one message per step) describe
 * the same sends at two grains, so their ids can never agree and the store's idempotency cannot absorb
 * the overlap. Sends the other file already stored under the same ids (a file that names them) overlap
 * nothing. Unnamed campaigns are not compared; nor are sends stored before imports marked their layout.
 * @param stored The tenant's stored events (only sent events are read).
 * @param incoming The events the import would store.
 * @param layout The layout of the file being imported.
 */
export function findLayoutOverlaps(stored: readonly OutcomeEvent[], incoming: readonly OutcomeEvent[], layout: HistoryLayout): LayoutOverlap[] {
  const incomingIds = new Map<string, Set<string>>();
  for (const event of incoming) {
    if (event.type !== 'sent' || event.campaign === undefined || event.campaign === '') continue;
    const ids = incomingIds.get(event.campaign) ?? new Set<string>();
    ids.add(event.messageId);
    incomingIds.set(event.campaign, ids);
  }
  if (incomingIds.size === 0) return [];
  const storedIds = new Map<string, Set<string>>();
  const otherMessages = new Map<string, { layout: HistoryLayout; ids: Set<string> }>();
  for (const event of stored) {
    if (event.type !== 'sent' || event.campaign === undefined || !incomingIds.has(event.campaign)) continue;
    const ids = storedIds.get(event.campaign) ?? new Set<string>();
    ids.add(event.messageId);
    storedIds.set(event.campaign, ids);
    const storedLayout = layoutOf(event);
    if (storedLayout === undefined || storedLayout === layout) continue;
    const other = otherMessages.get(event.campaign) ?? { layout: storedLayout, ids: new Set<string>() };
    other.ids.add(event.messageId);
    otherMessages.set(event.campaign, other);
  }
  const overlaps: LayoutOverlap[] = [];
  for (const [campaign, other] of otherMessages) {
    const known = storedIds.get(campaign) ?? new Set<string>();
    const ids = incomingIds.get(campaign) ?? new Set<string>();
    if ([...ids].some((id) => !known.has(id))) overlaps.push({ campaign, storedLayout: other.layout, storedMessages: other.ids.size });
  }
  return overlaps.sort((a, b) => (a.campaign < b.campaign ? -1 : a.campaign > b.campaign ? 1 : 0));
}
