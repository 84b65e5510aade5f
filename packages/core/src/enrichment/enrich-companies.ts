import { randomUUID } from 'node:crypto';
import type { JobQueue } from '../jobs/job-queue.js';
import { createInProcessJobQueue } from '../jobs/in-process-job-queue.js';
import type { TenantStore } from '../store/store.js';
import type { EnrichmentSelection } from './enrichment-subjects.js';
import { resolveSelection } from './enrichment-subjects.js';
import type { WithRetryOptions } from './middleware/with-retry.js';
import { countSubjects, planEnrichment } from './plan-enrichment.js';
import type { EnrichmentPlan } from './plan-enrichment.js';
import { runEnrichment } from './runner/run-enrichment.js';
import type { EnrichmentProgressEvent, EnrichmentRunSummary } from './runner/run-summary.js';

export { planEnrichment } from './plan-enrichment.js';
export type { EnrichmentPlan, EnrichmentPlanSkip } from './plan-enrichment.js';

/** Settings of `enrichCompanies`. */
export interface EnrichCompaniesOptions extends EnrichmentSelection {
  /** Hard spending cap for this run, in the providers' unit; never exceeded. Default: none. */
  budget?: number;
  /** Plan only: return the pre-flight estimate, call nothing (see `planEnrichment`). */
  dryRun?: boolean;
  onProgress?: (event: EnrichmentProgressEvent) => void;
  /** Fetch handed to providers. Default: global `fetch`. */
  fetch?: typeof fetch;
  /** Ctrl-C: stops the run; a rerun resumes it without paying twice. */
  signal?: AbortSignal;
  /** Resume the newest unfinished run (default true). */
  resume?: boolean;
  /** Queue the run goes through. Default: an in-process queue. */
  queue?: JobQueue;
  /** Playbook facts for providers (buyer persona keywords for hiring signals). */
  context?: { personaKeywords?: readonly string[]; problem?: string };
  /** Per-call deadline in ms. Default: 20 000. */
  timeoutMs?: number;
  retry?: WithRetryOptions;
  /** Subjects in flight at once. Default: 512. */
  subjectsInFlight?: number;
}

/** What `enrichCompanies` returns: the run summary, or the plan on a dry run. */
export type EnrichCompaniesResult =
  | ({
      dryRun: false;
      companies: number;
      people: number;
      /** `COMPOUND_OFFLINE=1`: no network call was made; the providers that need one answered not-run. */
      offline: boolean;
    } & EnrichmentRunSummary)
  | ({ dryRun: true } & EnrichmentPlan);

/**
 * Enriches the tenant's companies, highest ICP fit first, through the job queue. Resumes the newest
 * unfinished run (same run id, its calls ledger honoured, its spend counted against the budget).
 * @example await enrichCompanies(tenant, { stages: ['triage', 'hiring'], budget: 50, onProgress })
 */
export async function enrichCompanies(tenant: TenantStore, options: EnrichCompaniesOptions = {}): Promise<EnrichCompaniesResult> {
  if (options.dryRun === true) return { dryRun: true, ...(await planEnrichment(tenant, options)) };
  const now = options.now ?? (() => new Date());
  const selection = await resolveSelection(tenant, options);
  const unfinished = options.resume === false ? undefined : (await tenant.enrichment.listRuns()).find((run) => run.status === 'running' || run.status === 'aborted');
  const runId = unfinished?.id ?? randomUUID();
  const budget = options.budget ?? unfinished?.budget;
  const runOptions = { providers: selection.providers.map((provider) => provider.id), stages: options.stages ?? null, limit: options.limit ?? null, stale: options.stale === true };
  const startedAt = unfinished?.startedAt ?? now().toISOString();
  await tenant.enrichment.saveRun({ id: runId, status: 'running', options: runOptions, ...(budget === undefined ? {} : { budget }), spent: unfinished?.spent ?? 0, startedAt });

  const queue = options.queue ?? createInProcessJobQueue();
  queue.register('enrichment-run', () =>
    runEnrichment({
      runId,
      subjects: selection.subjects,
      providers: selection.providers,
      repository: tenant.enrichment,
      budget,
      known: (subject) => selection.fresh.get(subject.id) ?? {},
      skip: selection.skip,
      context: options.context,
      fetch: options.fetch,
      signal: options.signal,
      now,
      onProgress: options.onProgress,
      timeoutMs: options.timeoutMs,
      retry: options.retry,
      subjectsInFlight: options.subjectsInFlight,
    }),
  );
  try {
    const result = await queue.enqueue<EnrichmentRunSummary>('enrichment-run', { tenantId: tenant.tenantId, runId }, { signal: options.signal }).result;
    // Continuing an unfinished run is a resumed run, even when it was stopped before its first paid call.
    const summary = { ...result, resumed: result.resumed || unfinished !== undefined };
    const spent = (await tenant.enrichment.spend(runId)).cost;
    await tenant.enrichment.saveRun({
      id: runId,
      status: summary.aborted ? 'aborted' : 'done',
      options: runOptions,
      ...(budget === undefined ? {} : { budget }),
      spent,
      summary: { ...summary },
      startedAt,
      ...(summary.aborted ? {} : { finishedAt: now().toISOString() }),
    });
    return { dryRun: false, ...summary, ...countSubjects(selection.subjects), offline: selection.offline, spend: { ...summary.spend, total: spent } };
  } finally {
    if (options.queue === undefined) await queue.close();
  }
}
