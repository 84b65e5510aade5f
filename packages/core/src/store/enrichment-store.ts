/** One enrichment run; its state survives a crash so a rerun resumes it. */
export interface StoredEnrichmentRun {
  id: string;
  status: 'running' | 'done' | 'aborted' | 'failed';
  /** Options the run was started with (providers, stages, limit, stale). */
  options: Record<string, unknown>;
  /** Hard spending cap, when set. */
  budget?: number;
  /** Spent so far in this run (paid calls only). */
  spent: number;
  summary?: Record<string, unknown>;
  startedAt: string;
  finishedAt?: string;
}

/** One call of a run, written as soon as it returns: the ledger that prevents paying twice. */
export interface StoredEnrichmentCall {
  runId: string;
  subjectId: string;
  providerId: string;
  /**
   * The result's status (`ok`, `no-data`, `ambiguous`, `not-run`), or `timed-out` (a priced call past
   * its deadline) or `interrupted` (a priced call stopped by Ctrl-C after its request was sent): either
   * may have been charged, and is recorded at its maximum cost.
   */
  status: string;
  /** What this call cost (0 when served from the cache). */
  cost: number;
  /** Whether it was served from the response cache. */
  cached: boolean;
  /** The provider's result as returned (JSON). */
  result: unknown;
  at: string;
}

/** Spend of one run or of the tenant. */
export interface EnrichmentSpend {
  /** Calls that reached the provider (not from the cache; a `not-run` result reached nobody and is not counted). */
  paidCalls: number;
  /** Of those, calls that returned no data. */
  noDataCalls: number;
  cost: number;
  /** Cost of the no-data calls. */
  noDataCost: number;
}

/** An enriched field with provenance. */
export interface StoredEnrichedField {
  subjectId: string;
  field: string;
  value: unknown;
  /** URL or registry id it came from. */
  source: string;
  providerId: string;
  stage: string;
  /** 0..1. */
  confidence: number;
  cost: number;
  runId: string;
  fetchedAt: string;
  /** When it goes stale (by field type). */
  expiresAt: string;
}

/** The field values of one subject after one run. */
export interface StoredEnrichmentSnapshot {
  subjectId: string;
  runId: string;
  takenAt: string;
  fields: Record<string, unknown>;
}

/** A typed, dated signal about a subject. */
export interface StoredEnrichmentSignal {
  /** Stable id (same signal found twice is stored once). */
  id: string;
  subjectId: string;
  runId: string;
  type: string;
  occurredAt?: string;
  detectedAt: string;
  text: string;
  source: string;
  data?: Record<string, unknown>;
}

/** Enrichment state of one tenant. */
export interface EnrichmentRepository {
  /** Creates or replaces a run. */
  saveRun(run: StoredEnrichmentRun): Promise<void>;
  getRun(id: string): Promise<StoredEnrichmentRun | undefined>;
  /** Runs, newest first. */
  listRuns(): Promise<StoredEnrichmentRun[]>;
  /**
   * Records calls; a call already recorded for (run, subject, provider) is kept as is, except a
   * `not-run` one, which a call that ran replaces (its paid row must not be lost behind it).
   */
  recordCalls(calls: readonly StoredEnrichmentCall[]): Promise<void>;
  /** The calls of one run. */
  listCalls(runId: string): Promise<StoredEnrichmentCall[]>;
  /** Spend of one run, or of the tenant when `runId` is omitted. */
  spend(runId?: string): Promise<EnrichmentSpend>;
  /** Unexpired cache entries (all, or of some providers) at `now`. */
  loadCache(now: string, providerIds?: readonly string[]): Promise<Array<{ key: string; result: unknown }>>;
  /** Stores or replaces cache entries. */
  saveCache(entries: ReadonlyArray<{ key: string; providerId: string; result: unknown; expiresAt: string; createdAt: string }>): Promise<void>;
  /** Inserts or replaces fields by (subject, field). */
  upsertFields(fields: readonly StoredEnrichedField[]): Promise<void>;
  /** Fields of one subject, or of all subjects. */
  listFields(subjectId?: string): Promise<StoredEnrichedField[]>;
  saveSnapshots(snapshots: readonly StoredEnrichmentSnapshot[]): Promise<void>;
  /** The newest snapshot of each subject taken in a run other than `excludeRunId`. */
  latestSnapshots(excludeRunId?: string): Promise<Map<string, StoredEnrichmentSnapshot>>;
  /** Snapshots of one subject, oldest first. */
  listSnapshots(subjectId: string): Promise<StoredEnrichmentSnapshot[]>;
  /** Stores signals; one whose id is stored already is ignored. */
  addSignals(signals: readonly StoredEnrichmentSignal[]): Promise<void>;
  /** Signals of one subject, or all; newest detected first. */
  listSignals(subjectId?: string): Promise<StoredEnrichmentSignal[]>;
}
