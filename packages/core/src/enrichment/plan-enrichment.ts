import type { TenantStore } from '../store/store.js';
import type { EnrichedValue, EnrichmentPlanVerdict, EnrichmentProvider, EnrichmentSubject } from './enrichment-provider.js';
import type { EnrichmentSelection } from './enrichment-subjects.js';
import { resolveSelection } from './enrichment-subjects.js';
import { enrichmentCacheKey } from './middleware/with-cache.js';
import { orderStages } from './runner/stage-graph.js';

/** Calls a dry run leaves out for one provider and one reason. */
export interface EnrichmentPlanSkip {
  providerId: string;
  stage: string;
  /** Subjects (companies, or contacts for the person stage) it is skipped for. */
  subjects: number;
  /** Why, e.g. "no model", "no IČO: not a Czech company", "its fields are still fresh". */
  reason: string;
}

/**
 * The pre-flight estimate of a run, before anything is called: the calls the real run would make
 * (a stage that reads an earlier stage's findings, such as a job board found on the website, is
 * counted where that earlier stage runs, so `plannedCalls` and `maxCost` stay upper bounds), and the
 * calls it would skip, with why.
 */
export interface EnrichmentPlan {
  subjects: number;
  /** Of the subjects: companies, and contacts (the person stage's subjects). */
  companies: number;
  people: number;
  plannedCalls: number;
  maxCost: number;
  byProvider: Record<string, { calls: number; maxCost: number }>;
  /** Calls the response cache would answer (free, not in `plannedCalls`). */
  cachedCalls: number;
  /** Calls left out, per provider and reason (a provider out of scope for a subject is not listed). */
  skipped: EnrichmentPlanSkip[];
  /** `COMPOUND_OFFLINE=1`: no network call is planned; the calls that need one are skipped as `offline (COMPOUND_OFFLINE is set)`. */
  offline: boolean;
}

/** Shown as the skip reason of a provider `--stale` leaves out. */
const freshReason = 'its fields are still fresh';

function verdict(provider: EnrichmentProvider, subject: EnrichmentSubject, known: Record<string, EnrichedValue>, expected: ReadonlySet<string>): EnrichmentPlanVerdict {
  // A provider that cannot call anything (offline) is answered not-run wherever it applies, as the run does.
  if (provider.unavailable !== undefined && provider.applies(subject, known)) return { call: false, reason: provider.unavailable };
  const answer = provider.plan !== undefined ? provider.plan(subject, known, expected) : provider.applies(subject, known) ? { call: true as const } : { call: false as const };
  return answer.call && provider.unavailable !== undefined ? { call: false, reason: provider.unavailable } : answer;
}

/**
 * What a run would call and cost at most, without calling anything: per company, stage by stage in
 * the run's order, each provider that would run there (it applies to what is known, or to what the
 * earlier stages planned for that company may find), minus calls the response cache or fresh
 * fields (`stale`) would spare. Skipped calls are counted with their reason (research without a
 * model, ISIR without an IČO).
 */
export async function planEnrichment(tenant: TenantStore, options: EnrichmentSelection = {}): Promise<EnrichmentPlan> {
  const now = (options.now ?? (() => new Date()))();
  const selection = await resolveSelection(tenant, options);
  const cached = new Set((await tenant.enrichment.loadCache(now.toISOString(), selection.providers.map((provider) => provider.id))).map((entry) => entry.key));
  const levels = orderStages([...new Set(selection.providers.map((provider) => provider.stage))]);
  const byProvider: EnrichmentPlan['byProvider'] = {};
  const skipped = new Map<string, EnrichmentPlanSkip>();
  let plannedCalls = 0;
  let maxCost = 0;
  let cachedCalls = 0;
  for (const provider of selection.providers) byProvider[provider.id] = { calls: 0, maxCost: 0 };
  const skip = (provider: EnrichmentProvider, reason: string): void => {
    const key = `${provider.id}\u0001${reason}`;
    const entry = skipped.get(key) ?? { providerId: provider.id, stage: provider.stage, subjects: 0, reason };
    entry.subjects += 1;
    skipped.set(key, entry);
  };
  for (const subject of selection.subjects) {
    const known = selection.fresh.get(subject.id) ?? {};
    // Fields the stages planned so far may find for this subject (names only).
    const expected = new Set<string>();
    for (const level of levels) {
      // Stages of one level run side by side: what they find is there for the next level only.
      const found: string[] = [];
      for (const provider of selection.providers) {
        if (provider.subject !== subject.kind || !level.includes(provider.stage)) continue;
        if (selection.skip(subject, provider)) {
          skip(provider, freshReason);
          continue;
        }
        const answer = verdict(provider, subject, known, expected);
        if (!answer.call) {
          if (answer.reason !== undefined) skip(provider, answer.reason);
          continue;
        }
        found.push(...provider.fields);
        if (cached.has(enrichmentCacheKey(provider.id, provider.cacheKey(subject, known)))) {
          cachedCalls += 1;
          continue;
        }
        const entry = byProvider[provider.id] ?? { calls: 0, maxCost: 0 };
        entry.calls += 1;
        entry.maxCost += provider.cost.perCall;
        byProvider[provider.id] = entry;
        plannedCalls += 1;
        maxCost += provider.cost.perCall;
      }
      for (const field of found) expected.add(field);
    }
  }
  return { subjects: selection.subjects.length, ...countSubjects(selection.subjects), plannedCalls, maxCost, byProvider, cachedCalls, skipped: [...skipped.values()], offline: selection.offline };
}

/** Companies and contacts among `subjects`. @internal */
export function countSubjects(subjects: readonly EnrichmentSubject[]): { companies: number; people: number } {
  const companies = subjects.filter((subject) => subject.kind === 'company').length;
  return { companies, people: subjects.length - companies };
}
