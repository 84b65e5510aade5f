import type { StoredEnrichmentSignal } from '../../store/enrichment-store.js';
import type { StoredContact } from '../../store/store.js';

const dayMs = 86_400_000;

/** A signal as the timing model reads it: its kind and the whole days from it to a moment. */
export interface SignalAt {
  signal: string;
  daysSinceSignal: number;
}

/**
 * The enrichment signals of a tenant (funding, hiring for the persona, job or leadership changes,
 * ...) by subject (a company or a contact id), so the learning loop can say, for a send or for
 * now, which signal came last before it and how long before: the timing model learns each
 * signal's window from sends, and ranking asks it about each contact today.
 */
export interface SignalTimeline {
  /** Signals held. */
  readonly size: number;
  /**
   * The latest signal of any of `subjects` at or before `time` (ms since the epoch), and the whole
   * days since it; undefined when none came before.
   */
  latest(subjects: ReadonlyArray<string | undefined>, time: number): SignalAt | undefined;
}

/**
 * Indexes signals by subject, oldest first. A signal is dated by when it happened
 * (`occurredAt`), else by when enrichment found it (`detectedAt`); one without a valid date is
 * left out (it cannot be placed before or after a send).
 *
 * @example
 * signalTimeline(await tenant.enrichment.listSignals()).latest([contact.companyId], Date.now());
 * // { signal: 'funding', daysSinceSignal: 12 }
 */
export function signalTimeline(signals: readonly StoredEnrichmentSignal[]): SignalTimeline {
  const bySubject = new Map<string, Array<{ type: string; at: number }>>();
  let size = 0;
  for (const signal of signals) {
    const at = Date.parse(signal.occurredAt ?? signal.detectedAt);
    if (Number.isNaN(at)) continue;
    const list = bySubject.get(signal.subjectId) ?? [];
    if (list.length === 0) bySubject.set(signal.subjectId, list);
    list.push({ type: signal.type, at });
    size += 1;
  }
  for (const list of bySubject.values()) list.sort((left, right) => left.at - right.at || left.type.localeCompare(right.type));

  return {
    size,
    latest(subjects, time) {
      let best: { type: string; at: number } | undefined;
      for (const subject of subjects) {
        const list = subject === undefined ? undefined : bySubject.get(subject);
        if (!list) continue;
        // The last entry at or before `time` (lists are short: a company has a handful of signals).
        for (let index = list.length - 1; index >= 0; index -= 1) {
          const entry = list[index] as { type: string; at: number };
          if (entry.at > time) continue;
          if (!best || entry.at > best.at) best = entry;
          break;
        }
      }
      return best ? { signal: best.type, daysSinceSignal: Math.floor((time - best.at) / dayMs) } : undefined;
    },
  };
}

/** The subjects a contact's signals are stored under: its company (enrichment's subjects) and itself. */
export function signalSubjects(contact: Pick<StoredContact, 'id' | 'companyId'>): Array<string | undefined> {
  return [contact.companyId, contact.id];
}
