import type { EnrichmentProvider, EnrichmentResult, EnrichmentSubject } from '../enrichment-provider.js';

/** Per-provider figures of a run. */
export interface ProviderRunFigures {
  /** Calls that reached the provider (paid): `okCalls + noDataCalls + ambiguousCalls`. A `not-run` result is not one. */
  paidCalls: number;
  /** Paid calls that found data (`ok`). */
  okCalls: number;
  /** Paid calls whose answer was too close to pick (e.g. several registry candidates); the candidates are kept as the `registryCandidates` field. */
  ambiguousCalls: number;
  /** Calls the provider declined without calling anything (e.g. research without a model); not paid. */
  notRunCalls: number;
  /** Why calls were not run (distinct reasons, at most 5), e.g. "no model". */
  notRunReasons: string[];
  /** Calls served from the response cache. */
  cachedCalls: number;
  /** Calls answered from this run's ledger (a resumed run). */
  ledgerCalls: number;
  /** Paid calls that found nothing. */
  noDataCalls: number;
  errors: number;
  /**
   * Of the errors: calls to a priced source that passed their deadline, or were stopped (Ctrl-C)
   * after their request was sent; the source may have charged for them, so each counts at its
   * maximum cost (in `cost` and the run's spend), its price being unknown, and is not asked again on resume.
   */
  chargedErrors: number;
  cost: number;
  /** Cost of the paid calls that found nothing. */
  noDataCost: number;
  skippedForBudget: number;
  /** First error messages (at most 5). */
  errorMessages: string[];
}

/** What a run did. */
export interface EnrichmentRunSummary {
  runId: string;
  /** Whether this run continued an earlier, unfinished one. */
  resumed: boolean;
  aborted: boolean;
  subjects: number;
  done: number;
  spend: { total: number; noData: number; budget?: number; withinBudget: boolean };
  /** `paid` = `ok` + `noData` + `ambiguous`; `notRun` calls are not paid. */
  calls: { paid: number; ok: number; ambiguous: number; notRun: number; cached: number; ledger: number; noData: number; errors: number; chargedErrors: number; skippedForBudget: number };
  /** Calls skipped for the budget (first 100): subject and provider. */
  skippedForBudget: Array<{ subjectId: string; providerId: string; maxCost: number }>;
  byProvider: Record<string, ProviderRunFigures>;
  /** Fields found per stage by the calls this run made. */
  fieldsByStage: Record<string, number>;
  /** Fields per stage served from the response cache or, in a resumed run, from its ledger (not found now). */
  fieldsFromCacheByStage: Record<string, number>;
  signals: number;
}

/** Progress events, noun-then-verb. */
export type EnrichmentProgressEvent =
  | { type: 'enrichment-run-start'; runId: string; total: number; resumed: boolean }
  | { type: 'enrichment-call-end'; subjectId: string; providerId: string; stage: string; status: string; cost: number; spent: number }
  | { type: 'enrichment-call-error'; subjectId: string; providerId: string; stage: string; message: string }
  | { type: 'enrichment-call-skipped'; subjectId: string; providerId: string; stage: string; reason: 'budget'; maxCost: number }
  | { type: 'enrichment-subject-end'; subjectId: string; done: number; total: number; spent: number }
  | { type: 'enrichment-run-end'; runId: string; summary: EnrichmentRunSummary };

/** The counters a run keeps while it goes. @internal */
export interface RunTally {
  call(provider: EnrichmentProvider, result: EnrichmentResult, cost: number, cached: boolean): void;
  fromLedger(provider: EnrichmentProvider): void;
  /** A failed call; `charged` is what it counts at (a priced call timed out or stopped after it was sent), else 0. */
  error(provider: EnrichmentProvider, error: unknown, charged?: number): void;
  skippedForBudget(subject: EnrichmentSubject, provider: EnrichmentProvider): void;
  /** A field taken from a result; `reused` when the result came from the cache or the ledger. */
  field(stage: string, reused: boolean): void;
  signals(count: number): void;
  subjectDone(): void;
  done(): number;
  summary(end: { aborted: boolean; spent: number; budget: number | undefined }): EnrichmentRunSummary;
}

/** @internal */
export function createRunTally(runId: string, subjects: number, resumed: boolean, carriedCost: number): RunTally {
  const byProvider: Record<string, ProviderRunFigures> = {};
  const fieldsByStage: Record<string, number> = {};
  const fieldsFromCacheByStage: Record<string, number> = {};
  const skipped: EnrichmentRunSummary['skippedForBudget'] = [];
  let skippedCount = 0;
  let done = 0;
  let signals = 0;
  const figures = (provider: EnrichmentProvider): ProviderRunFigures =>
    (byProvider[provider.id] ??= {
      paidCalls: 0,
      okCalls: 0,
      ambiguousCalls: 0,
      notRunCalls: 0,
      notRunReasons: [],
      cachedCalls: 0,
      ledgerCalls: 0,
      noDataCalls: 0,
      errors: 0,
      chargedErrors: 0,
      cost: 0,
      noDataCost: 0,
      skippedForBudget: 0,
      errorMessages: [],
    });
  return {
    call(provider, result, cost, cached) {
      const entry = figures(provider);
      if (cached) {
        entry.cachedCalls += 1;
        return;
      }
      entry.cost += cost;
      if (result.status === 'not-run') {
        entry.notRunCalls += 1;
        for (const warning of result.warnings.length > 0 ? result.warnings : ['no reason given']) {
          const reason = warning.replace(/^not run:\s*/i, '');
          if (entry.notRunReasons.length < 5 && !entry.notRunReasons.includes(reason)) entry.notRunReasons.push(reason);
        }
        return;
      }
      entry.paidCalls += 1;
      if (result.status === 'ok') entry.okCalls += 1;
      if (result.status === 'ambiguous') entry.ambiguousCalls += 1;
      if (result.status === 'no-data') {
        entry.noDataCalls += 1;
        entry.noDataCost += cost;
      }
    },
    fromLedger: (provider) => void (figures(provider).ledgerCalls += 1),
    error(provider, error, charged = 0) {
      const entry = figures(provider);
      entry.errors += 1;
      if (charged > 0) {
        entry.chargedErrors += 1;
        entry.cost += charged;
      }
      if (entry.errorMessages.length < 5) entry.errorMessages.push(error instanceof Error ? error.message : String(error));
    },
    skippedForBudget(subject, provider) {
      figures(provider).skippedForBudget += 1;
      skippedCount += 1;
      if (skipped.length < 100) skipped.push({ subjectId: subject.id, providerId: provider.id, maxCost: provider.cost.perCall });
    },
    field(stage, reused) {
      const counts = reused ? fieldsFromCacheByStage : fieldsByStage;
      counts[stage] = (counts[stage] ?? 0) + 1;
    },
    signals: (count) => void (signals += count),
    subjectDone: () => void (done += 1),
    done: () => done,
    summary({ aborted, spent, budget }) {
      const all = Object.values(byProvider);
      const sum = (pick: (entry: ProviderRunFigures) => number): number => all.reduce((total, entry) => total + pick(entry), 0);
      const spend: EnrichmentRunSummary['spend'] = { total: spent, noData: sum((entry) => entry.noDataCost), withinBudget: budget === undefined || spent <= budget + 1e-9 };
      if (budget !== undefined) spend.budget = budget;
      void carriedCost;
      return {
        runId,
        resumed,
        aborted,
        subjects,
        done,
        spend,
        calls: {
          paid: sum((entry) => entry.paidCalls),
          ok: sum((entry) => entry.okCalls),
          ambiguous: sum((entry) => entry.ambiguousCalls),
          notRun: sum((entry) => entry.notRunCalls),
          cached: sum((entry) => entry.cachedCalls),
          ledger: sum((entry) => entry.ledgerCalls),
          noData: sum((entry) => entry.noDataCalls),
          errors: sum((entry) => entry.errors),
          chargedErrors: sum((entry) => entry.chargedErrors),
          skippedForBudget: skippedCount,
        },
        skippedForBudget: skipped,
        byProvider,
        fieldsByStage,
        fieldsFromCacheByStage,
        signals,
      };
    },
  };
}
