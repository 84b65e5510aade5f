import type { EnrichmentCallOptions, EnrichmentProvider, EnrichmentResult, EnrichmentSubject } from '../enrichment/enrichment-provider.js';

/** Settings of `createMockEnrichmentProvider`; everything but `id` has a default. */
export interface MockEnrichmentProviderOptions {
  id: string;
  /** Default: `triage`. */
  stage?: string;
  /** Default: `company`. */
  subject?: 'company' | 'person';
  /** Default: `[`${id}-field`]`. */
  fields?: readonly string[];
  /** Default: 1 credit per call. */
  cost?: { perCall: number; unit: 'usd' | 'credits' };
  /** Default: 1000/s, burst 1000, 100 in flight. */
  rateLimit?: { perSecond: number; burst: number; concurrency: number };
  /** Default: every subject. */
  applies?: EnrichmentProvider['applies'];
  /** Default: the subject's domain, else its id. */
  cacheKey?: EnrichmentProvider['cacheKey'];
  /**
   * Scripted answer for each call (`attempt` counts calls for this subject, from 1). Default: `ok`
   * with each field set to `<id>:<subject id>`, confidence 0.9, cost `perCall`.
   */
  respond?: (options: EnrichmentCallOptions, attempt: number) => EnrichmentResult | Promise<EnrichmentResult>;
}

/** A scripted provider that records its calls: the port's test double. */
export interface MockEnrichmentProvider extends EnrichmentProvider {
  /** Every call, in order (including ones that threw). */
  readonly calls: EnrichmentCallOptions[];
  /** Calls that resolved, i.e. were paid. */
  readonly completed: EnrichmentCallOptions[];
}

/** Builds a `MockEnrichmentProvider`. */
export function createMockEnrichmentProvider(options: MockEnrichmentProviderOptions): MockEnrichmentProvider {
  const fields = options.fields ?? [`${options.id}-field`];
  const cost = options.cost ?? { perCall: 1, unit: 'credits' as const };
  const calls: EnrichmentCallOptions[] = [];
  const completed: EnrichmentCallOptions[] = [];
  const attempts = new Map<string, number>();
  const respond =
    options.respond ??
    ((call: EnrichmentCallOptions): EnrichmentResult => ({
      status: 'ok',
      fields: Object.fromEntries(fields.map((field) => [field, { value: `${options.id}:${call.subject.id}`, source: `mock://${options.id}`, confidence: 0.9 }])),
      signals: [],
      cost: cost.perCall,
      warnings: [],
    }));
  return {
    id: options.id,
    stage: options.stage ?? 'triage',
    subject: options.subject ?? 'company',
    fields,
    cost,
    rateLimit: options.rateLimit ?? { perSecond: 1000, burst: 1000, concurrency: 100 },
    baseUrl: `mock://${options.id}`,
    applies: options.applies ?? (() => true),
    cacheKey: options.cacheKey ?? ((subject: EnrichmentSubject) => subject.domain ?? subject.id),
    calls,
    completed,
    async enrich(call) {
      calls.push(call);
      const attempt = (attempts.get(call.subject.id) ?? 0) + 1;
      attempts.set(call.subject.id, attempt);
      const result = await respond(call, attempt);
      completed.push(call);
      return result;
    },
  };
}
