import { setMaxListeners } from 'node:events';
import { ProviderCallError } from '../../errors/compound-error.js';
import type { EnrichmentRepository, StoredEnrichmentCall } from '../../store/enrichment-store.js';
import type { EnrichedValue, EnrichmentProvider, EnrichmentResult, EnrichmentSubject } from '../enrichment-provider.js';
import { enrichmentCacheKey } from '../middleware/with-cache.js';
import { withCircuitBreaker } from '../middleware/with-circuit-breaker.js';
import type { WithCircuitBreakerOptions } from '../middleware/with-circuit-breaker.js';
import { withRateLimit } from '../middleware/with-rate-limit.js';
import { withRetry } from '../middleware/with-retry.js';
import type { WithRetryOptions } from '../middleware/with-retry.js';
import { isCallTimeout, withTimeout } from '../middleware/with-timeout.js';
import { wrapProvider } from '../middleware/wrap-provider.js';
import { createBudget } from './budget.js';
import { groupWaterfalls, isVerifiedHit } from './waterfall.js';
import { orderStages } from './stage-graph.js';
import type { StageDependencies } from './stage-graph.js';
import { createRunRecorder } from './run-recorder.js';
import type { FoundValue } from './run-recorder.js';
import type { EnrichmentProgressEvent, EnrichmentRunSummary } from './run-summary.js';
import { createRunTally } from './run-summary.js';

/** Settings of one run. */
export interface RunEnrichmentOptions {
  /** Run id; reusing the id of an unfinished run resumes it (its ledger is honoured). */
  runId: string;
  subjects: readonly EnrichmentSubject[];
  /** Raw providers; the runner adds rate limits, retries, circuit breaking and timeouts itself. */
  providers: readonly EnrichmentProvider[];
  repository: EnrichmentRepository;
  /** Hard cap on this run's spend (providers' unit); never exceeded. */
  budget?: number;
  /** Stage dependencies. Default: `defaultStageDependencies`. */
  dependencies?: StageDependencies;
  /** Values already known per subject (fresh stored fields); providers whose fields are all known are skipped. */
  known?: (subject: EnrichmentSubject) => Record<string, EnrichedValue>;
  /** Whether to skip a provider for a subject (e.g. its fields are still fresh). */
  skip?: (subject: EnrichmentSubject, provider: EnrichmentProvider) => boolean;
  /** Playbook facts passed to providers. */
  context?: { personaKeywords?: readonly string[]; problem?: string };
  /** Fetch handed to providers. Default: global `fetch`. */
  fetch?: typeof fetch;
  /** Aborts the run (Ctrl-C); what was paid so far stays in the ledger. */
  signal?: AbortSignal;
  now?: () => Date;
  onProgress?: (event: EnrichmentProgressEvent) => void;
  /** Per-call deadline in ms. Default: 20 000. */
  timeoutMs?: number;
  retry?: WithRetryOptions;
  circuitBreaker?: WithCircuitBreakerOptions;
  /** Response cache TTL in ms. Default: 7 days. */
  cacheTtlMs?: number;
  /** Subjects worked on at once (each waits on its providers' limiters). Default: 512. */
  subjectsInFlight?: number;
  /** Minimum confidence of a waterfall hit that stops the waterfall. Default: 0.8. */
  verifiedConfidence?: number;
}

interface SubjectOutcome {
  known: Record<string, FoundValue>;
  signals: Array<EnrichmentResult['signals'][number] & { providerId: string }>;
}

/**
 * Runs the enrichment stages over `subjects`, highest `fit` first. Per subject, stages run in
 * dependency order (independent ones concurrently); providers filling the same field run as a
 * waterfall. Every paid call is written to the ledger and the cache as soon as it returns, so an
 * aborted run resumed with the same `runId` pays for nothing twice. Results (fields, snapshots,
 * signals) are written in batches by the run recorder.
 * @returns the run summary (also on abort, with `aborted: true`).
 */
export async function runEnrichment(options: RunEnrichmentOptions): Promise<EnrichmentRunSummary> {
  const now = options.now ?? (() => new Date());
  const repository = options.repository;
  const providerIds = options.providers.map((provider) => provider.id);
  const [ledgerEntries, cacheEntries, spend] = await Promise.all([
    repository.listCalls(options.runId),
    repository.loadCache(now().toISOString(), providerIds),
    repository.spend(options.runId),
  ]);
  const ledger = new Map(ledgerEntries.map((entry) => [`${entry.subjectId}\u0001${entry.providerId}`, entry]));
  const cache = new Map(cacheEntries.map((entry) => [entry.key, entry.result as EnrichmentResult]));
  const budget = createBudget(options.budget, spend.cost);
  const tally = createRunTally(options.runId, options.subjects.length, ledgerEntries.length > 0, spend.cost);
  const recorder = await createRunRecorder({ repository, runId: options.runId, now });
  const cacheTtlMs = options.cacheTtlMs ?? 7 * 24 * 3600 * 1000;
  const verified = options.verifiedConfidence ?? 0.8;
  const fromCache = new WeakSet<EnrichmentResult>();
  // Results this invocation did not pay for: cache hits, and a resumed run's ledger answers.
  const reused = new WeakSet<EnrichmentResult>();

  // Calls (subject and provider) whose request was out when the run was stopped: a priced one may
  // have been charged. A call still waiting in a limiter or a retry's pause reached nobody.
  const stoppedInFlight = new Set<string>();
  const trackInFlight = (provider: EnrichmentProvider): EnrichmentProvider =>
    wrapProvider(provider, async (call) => {
      try {
        return await provider.enrich(call);
      } finally {
        if (options.signal?.aborted === true) stoppedInFlight.add(`${call.subject.id}\u0001${provider.id}`);
      }
    });
  const wrapped = new Map(
    options.providers.map((provider) => [
      provider.id,
      withCircuitBreaker(withRetry(withRateLimit(withTimeout(trackInFlight(provider), { timeoutMs: options.timeoutMs ?? 20_000 })), options.retry), options.circuitBreaker),
    ]),
  );
  // Every call waiting in a limiter or a retry listens to the run's signal: hundreds at once is normal,
  // not the leak Node warns about past 10. The caller's signal gets one listener, this signal the rest.
  const calls = new AbortController();
  setMaxListeners(0, calls.signal);
  const forwardAbort = (): void => calls.abort(options.signal?.reason);
  if (options.signal?.aborted === true) forwardAbort();
  options.signal?.addEventListener('abort', forwardAbort, { once: true });
  const stageLevels = orderStages([...new Set(options.providers.map((provider) => provider.stage))], options.dependencies);
  const emit = (event: EnrichmentProgressEvent): void => options.onProgress?.(event);

  async function call(subject: EnrichmentSubject, provider: EnrichmentProvider, known: SubjectOutcome['known']): Promise<EnrichmentResult | undefined> {
    const ledgerKey = `${subject.id}\u0001${provider.id}`;
    const previous = ledger.get(ledgerKey);
    // A not-run answer paid for nothing: a resumed run asks again (a key may have been set since).
    if (previous !== undefined && previous.status !== 'not-run') {
      tally.fromLedger(provider);
      const answered = { ...(previous.result as EnrichmentResult) };
      reused.add(answered);
      return answered;
    }
    if (options.skip?.(subject, provider) === true || !provider.applies(subject, known)) return undefined;
    if (provider.unavailable !== undefined) {
      // Offline: answered at once, before the cache, the budget and the limiter (nothing would be called).
      const declined: EnrichmentResult = { status: 'not-run', fields: {}, signals: [], cost: 0, warnings: [`not run: ${provider.unavailable}`] };
      tally.call(provider, declined, 0, false);
      emit({ type: 'enrichment-call-end', subjectId: subject.id, providerId: provider.id, stage: provider.stage, status: declined.status, cost: 0, spent: budget.spent() });
      return declined;
    }
    const cacheKey = enrichmentCacheKey(provider.id, provider.cacheKey(subject, known));
    const cached = cache.get(cacheKey);
    if (cached !== undefined) {
      tally.call(provider, cached, 0, true);
      const hit = { ...cached, cost: 0 };
      fromCache.add(hit);
      reused.add(hit);
      return hit;
    }
    const maxCost = provider.cost.perCall;
    if (!budget.reserve(maxCost)) {
      tally.skippedForBudget(subject, provider);
      emit({ type: 'enrichment-call-skipped', subjectId: subject.id, providerId: provider.id, stage: provider.stage, reason: 'budget', maxCost });
      return undefined;
    }
    let result: EnrichmentResult;
    try {
      const limited = wrapped.get(provider.id) ?? provider;
      result = await limited.enrich({ subject, known, context: options.context ?? {}, fetch: options.fetch ?? fetch, ...(options.signal === undefined ? {} : { signal: calls.signal }) });
    } catch (thrown: unknown) {
      const stopped = options.signal?.aborted === true;
      // Stopped (Ctrl-C) while its request was out, or past its deadline, a call may have been answered
      // and charged (a model that finished its tokens): its price is unknown, so it counts at its
      // maximum, in the budget and the ledger, and a resumed run neither asks nor pays for it again.
      const sent = stopped ? stoppedInFlight.has(ledgerKey) : isCallTimeout(thrown);
      const charged = sent ? maxCost : 0;
      budget.settle(maxCost, charged);
      const error = stopped && charged > 0 ? new ProviderCallError({ message: `${provider.id} was stopped after its request was sent.`, provider: provider.id, isRetryable: false, cause: thrown }) : thrown;
      const message = error instanceof Error ? error.message : String(error);
      if (charged > 0) {
        tally.error(provider, error, charged);
        const warning = `${message} It may have been charged: counted at its maximum cost.`;
        const row = { ...entry(subject, provider, { status: 'no-data', fields: {}, signals: [], cost: charged, warnings: [warning] }, charged, false), status: stopped ? 'interrupted' : 'timed-out' };
        ledger.set(ledgerKey, row);
        await recorder.paid(row, undefined);
      }
      if (stopped) throw thrown;
      if (charged === 0) tally.error(provider, error, 0);
      emit({ type: 'enrichment-call-error', subjectId: subject.id, providerId: provider.id, stage: provider.stage, message });
      return undefined;
    }
    budget.settle(maxCost, result.cost);
    tally.call(provider, result, result.cost, false);
    if (result.status === 'not-run') {
      // Nothing reached the provider: nothing to keep in the ledger or the cache.
      emit({ type: 'enrichment-call-end', subjectId: subject.id, providerId: provider.id, stage: provider.stage, status: result.status, cost: result.cost, spent: budget.spent() });
      return result;
    }
    const paid = entry(subject, provider, result, result.cost, false);
    ledger.set(ledgerKey, paid);
    // Found or nothing found is the same for the same question until it expires. An ambiguous answer
    // is asked again, so each run lists its candidates (the run summary counts ambiguous matches
    // among paid calls only).
    const answered = result.status === 'ok' || result.status === 'no-data';
    if (answered) cache.set(cacheKey, result);
    // Written before the result is used: a crash from here on cannot make us pay for this call again.
    await recorder.paid(paid, answered ? { key: cacheKey, providerId: provider.id, result, expiresAt: new Date(now().getTime() + cacheTtlMs).toISOString() } : undefined);
    emit({ type: 'enrichment-call-end', subjectId: subject.id, providerId: provider.id, stage: provider.stage, status: result.status, cost: result.cost, spent: budget.spent() });
    return result;
  }

  function entry(subject: EnrichmentSubject, provider: EnrichmentProvider, result: EnrichmentResult, cost: number, cached: boolean): StoredEnrichmentCall {
    return { runId: options.runId, subjectId: subject.id, providerId: provider.id, status: result.status, cost, cached, result, at: now().toISOString() };
  }

  async function runWaterfall(subject: EnrichmentSubject, waterfall: readonly EnrichmentProvider[], outcome: SubjectOutcome): Promise<void> {
    for (const provider of waterfall) {
      if (options.signal?.aborted === true) throw options.signal.reason;
      const result = await call(subject, provider, outcome.known);
      if (result === undefined) continue;
      for (const [field, value] of Object.entries(result.fields)) {
        const current = outcome.known[field];
        if (current === undefined || current.providerId === 'stored' || value.confidence > current.confidence) {
          const unchanged = fromCache.has(result) && current?.providerId === 'stored' && JSON.stringify(current.value) === JSON.stringify(value.value);
          outcome.known[field] = { ...value, providerId: provider.id, stage: provider.stage, cost: result.cost, unchanged };
          tally.field(provider.stage, reused.has(result));
        }
      }
      for (const signal of result.signals) outcome.signals.push({ ...signal, providerId: provider.id });
      if (isVerifiedHit(result, verified)) break;
    }
  }

  async function enrichSubject(subject: EnrichmentSubject): Promise<void> {
    const initial = options.known?.(subject) ?? {};
    const outcome: SubjectOutcome = { known: {}, signals: [] };
    for (const [field, value] of Object.entries(initial)) outcome.known[field] = { ...value, providerId: 'stored', stage: 'stored', cost: 0 };
    for (const level of stageLevels) {
      await Promise.all(
        level.map(async (stage) => {
          const providers = options.providers.filter((provider) => provider.stage === stage && provider.subject === subject.kind);
          await Promise.all(groupWaterfalls(providers).map((waterfall) => runWaterfall(subject, waterfall, outcome)));
        }),
      );
    }
    await recorder.subject(subject, outcome.known, outcome.signals, tally);
    tally.subjectDone();
    emit({ type: 'enrichment-subject-end', subjectId: subject.id, done: tally.done(), total: options.subjects.length, spent: budget.spent() });
  }

  const ordered = [...options.subjects].sort((a, b) => (b.fit ?? -1) - (a.fit ?? -1) || a.id.localeCompare(b.id));
  let next = 0;
  let aborted = false;
  const isAborted = (): boolean => options.signal?.aborted === true;
  async function worker(): Promise<void> {
    while (next < ordered.length) {
      if (isAborted()) {
        aborted = true;
        return;
      }
      const subject = ordered[next];
      next += 1;
      if (subject === undefined) return;
      try {
        await enrichSubject(subject);
      } catch (error: unknown) {
        if (isAborted()) {
          aborted = true;
          return;
        }
        throw error;
      }
    }
  }
  emit({ type: 'enrichment-run-start', runId: options.runId, total: ordered.length, resumed: ledgerEntries.length > 0 });
  const workers = Math.max(1, Math.min(options.subjectsInFlight ?? 512, ordered.length));
  try {
    await Promise.all(Array.from({ length: workers }, () => worker()));
  } finally {
    options.signal?.removeEventListener('abort', forwardAbort);
  }
  await recorder.flush();
  const summary = tally.summary({ aborted, spent: budget.spent(), budget: options.budget });
  emit({ type: 'enrichment-run-end', runId: options.runId, summary });
  return summary;
}
