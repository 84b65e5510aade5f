/**
 * The enrichment provider port: one small interface per data source. Cross-cutting behaviour
 * (cache, rate limits, retries, circuit breaking, budget) wraps a provider and returns the same
 * port (`withCache(provider, options)` …).
 */

/** What is enriched. */
export interface EnrichmentSubject {
  kind: 'company' | 'person';
  /** Stored company or contact id. */
  id: string;
  /** Company: display name, normalized key, registrable domain, ISO-2 country, legal form hint. */
  name?: string;
  key?: string;
  domain?: string;
  country?: string;
  legalForm?: string;
  /** Person: email, job title, LinkedIn URL. */
  email?: string;
  title?: string;
  linkedinUrl?: string;
  /** ICP fit (priority: highest first). */
  fit?: number;
}

/** One enriched value with its provenance. */
export interface EnrichedValue {
  value: unknown;
  /** Where exactly it came from (URL or registry id). */
  source: string;
  /** 0..1. */
  confidence: number;
}

/** A dated, typed change or event found about a subject. */
export interface EnrichmentSignal {
  /** e.g. `hiring-for-persona`, `funding`, `launch`, `leadership-change`, `headcount-change`, `job-change`, `insolvency`. */
  type: string;
  /** When it happened (ISO 8601), when known. */
  occurredAt?: string;
  /** Human text, e.g. "Raised a $20M Series B". */
  text: string;
  source: string;
  data?: Record<string, unknown>;
}

/** Everything a provider gets for one call. */
export interface EnrichmentCallOptions {
  subject: EnrichmentSubject;
  /** Values found by earlier stages for this subject, by field. */
  known: Readonly<Record<string, EnrichedValue>>;
  /** Playbook facts a stage may need (e.g. buyer persona keywords for hiring signals). */
  context: { personaKeywords?: readonly string[]; problem?: string };
  /** Injected fetch (msw in tests, a rate-limited fetch in the runner). */
  fetch: typeof fetch;
  signal?: AbortSignal;
}

/** What one call produced. `no-data` is a result, not an error; never fabricate values. */
export interface EnrichmentResult {
  status: 'ok' | 'no-data' | 'ambiguous' | 'not-run';
  fields: Record<string, EnrichedValue>;
  signals: EnrichmentSignal[];
  /** Actual cost of this call in the provider's unit (e.g. LLM tokens priced in USD). */
  cost: number;
  /** Why degraded, ambiguous, or not run (e.g. "not run: no model"). */
  warnings: string[];
}

/**
 * A dry run's answer for one provider and subject, without calling anything: a call the real run
 * would make (`call: true`), or none, with the `reason` when it is a call skipped for a cause the
 * user can act on or should know (`no model`, `no IČO: not a Czech company`). No reason: the
 * provider is simply out of scope there (ARES for a Norwegian company).
 */
export type EnrichmentPlanVerdict = { call: true } | { call: false; reason?: string };

/** A data source. Adding one is adding a folder and one registry line. */
export interface EnrichmentProvider {
  /** Stable id, e.g. `website`, `greenhouse`, `ares`; also the env var suffix of its base URL (`COMPOUND_ARES_URL`). */
  readonly id: string;
  /** Pipeline stage it serves, e.g. `triage`, `research`, `hiring`, `news`, `registry`, `person`, `qc`. */
  readonly stage: string;
  readonly subject: 'company' | 'person';
  /** Fields it can fill. Providers filling the same field run as a waterfall (stop at the first verified hit). */
  readonly fields: readonly string[];
  /** Upper bound of one call's cost, and its unit. */
  readonly cost: { perCall: number; unit: 'usd' | 'credits' };
  /** Requests per second, burst, and parallel calls the source tolerates. */
  readonly rateLimit: { perSecond: number; burst: number; concurrency: number };
  /** Base URL in use (default, or `COMPOUND_<ID>_URL`). */
  readonly baseUrl: string;
  /**
   * Whether it does its job without the network (the person checks, which skip only their MX lookup
   * offline; cross-source QC). Default `false`: with `COMPOUND_OFFLINE=1` such a provider is not run.
   */
  readonly worksOffline?: boolean;
  /**
   * Why no call can be made at all right now (`offline (COMPOUND_OFFLINE is set)`), when so: the runner
   * answers each call it applies to `not-run` with this reason, without queuing, budgeting, caching or
   * calling it, and a dry run lists those calls as skipped for it.
   */
  readonly unavailable?: string;
  /** Whether this provider applies to the subject (e.g. ARES only for Czech companies). */
  applies(subject: EnrichmentSubject, known: Readonly<Record<string, EnrichedValue>>): boolean;
  /** Normalized input the response cache is keyed by (with the provider id). */
  cacheKey(subject: EnrichmentSubject, known: Readonly<Record<string, EnrichedValue>>): string;
  enrich(options: EnrichmentCallOptions): Promise<EnrichmentResult>;
  /**
   * Dry run: whether a real run would call it for the subject, from what is `known` (fresh stored
   * values) and the fields the earlier stages of the run may find (`expected`: names only, their
   * values come from calls not made yet).
   * Default: `applies(subject, known)`; a provider that needs what an earlier stage finds (a job
   * board found on the website, the IČO ARES finds) implements it.
   */
  plan?(subject: EnrichmentSubject, known: Readonly<Record<string, EnrichedValue>>, expected: ReadonlySet<string>): EnrichmentPlanVerdict;
}
