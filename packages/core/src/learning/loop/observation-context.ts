import type { SignalTimeline } from './signal-timeline.js';

/** What the insights may learn of a send's contact: its subjects for signals, and its company size. */
export interface ContactContext {
  /** Ids enrichment signals may be stored under: the contact's company, the contact. */
  subjects: ReadonlyArray<string | undefined>;
  /** Employee count of the contact's record, else of its company. */
  employees?: number;
}

/**
 * The observations with what the tenant knows of each send's contact, for the insight families a
 * history file rarely carries itself: company size (`employees`, for the company-size family and
 * its ICP suggestions) and the signal enrichment found before the send (`signal`,
 * `daysSinceSignal`, for the signal-window family). A send's own features win; a send whose
 * contact is unknown is kept as it is.
 */
export function withContactContext<T extends { contactId?: string; sentAt: string; features?: Readonly<Record<string, string | number | boolean>> }>(
  observations: readonly T[],
  contextOf: (contactId: string) => ContactContext | undefined,
  timeline: SignalTimeline,
): T[] {
  return observations.map((observation) => {
    const context = observation.contactId === undefined ? undefined : contextOf(observation.contactId);
    if (!context) return observation;
    const own = observation.features ?? {};
    const added: Record<string, string | number> = {};
    if (context.employees !== undefined && own['employees'] === undefined && own['companySize'] === undefined) added['employees'] = context.employees;
    const sentAt = Date.parse(observation.sentAt);
    const found = typeof own['signal'] === 'string' || Number.isNaN(sentAt) ? undefined : timeline.latest(context.subjects, sentAt);
    if (found) Object.assign(added, found);
    return Object.keys(added).length === 0 ? observation : { ...observation, features: { ...own, ...added } };
  });
}
