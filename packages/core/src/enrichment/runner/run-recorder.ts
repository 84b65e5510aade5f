import { createHash } from 'node:crypto';
import type { EnrichmentRepository, StoredEnrichedField, StoredEnrichmentCall, StoredEnrichmentSignal, StoredEnrichmentSnapshot } from '../../store/enrichment-store.js';
import type { EnrichedValue, EnrichmentResult, EnrichmentSignal, EnrichmentSubject } from '../enrichment-provider.js';
import { detectChanges } from './detect-changes.js';
import type { RunTally } from './run-summary.js';
import { fieldTtlMs } from './staleness.js';

/** A value found in this run, with who found it. @internal */
export type FoundValue = EnrichedValue & {
  providerId: string;
  stage: string;
  cost: number;
  /** A cache hit equal to the stored value: its provenance (first fetch) stays, nothing is rewritten. */
  unchanged?: boolean;
};

/** Writes a run's results: paid calls at once, everything else in batches. @internal */
export interface RunRecorder {
  /** Writes a paid call to the ledger (and its response to the cache) before returning. */
  paid(call: StoredEnrichmentCall, cacheEntry: { key: string; providerId: string; result: EnrichmentResult; expiresAt: string } | undefined): Promise<void>;
  /** Buffers a finished subject: its fields, snapshot, provider signals and detected changes. */
  subject(subject: EnrichmentSubject, found: Record<string, FoundValue>, signals: Array<EnrichmentSignal & { providerId: string }>, tally: RunTally): Promise<void>;
  flush(): Promise<void>;
}

const flushEvery = 500;
/** How long a paid call waits for others to share its ledger write, in ms. */
const groupCommitMs = 10;

function signalId(subjectId: string, signal: EnrichmentSignal): string {
  return createHash('sha1').update(JSON.stringify([subjectId, signal.type, signal.source, signal.occurredAt ?? '', signal.text])).digest('hex').slice(0, 24);
}

/** @internal */
export async function createRunRecorder(settings: { repository: EnrichmentRepository; runId: string; now: () => Date }): Promise<RunRecorder> {
  const { repository, runId, now } = settings;
  const previous = await repository.latestSnapshots(runId);
  let fields: StoredEnrichedField[] = [];
  let snapshots: StoredEnrichmentSnapshot[] = [];
  let signals: StoredEnrichmentSignal[] = [];
  let pending = 0;
  let paidCalls: StoredEnrichmentCall[] = [];
  let paidCache: Array<{ key: string; providerId: string; result: EnrichmentResult; expiresAt: string; createdAt: string }> = [];
  let groupWrite: Promise<void> | undefined;
  let chain: Promise<void> = Promise.resolve();

  function flush(): Promise<void> {
    const batch = { fields, snapshots, signals };
    fields = [];
    snapshots = [];
    signals = [];
    pending = 0;
    chain = chain.then(async () => {
      if (batch.fields.length > 0) await repository.upsertFields(batch.fields);
      if (batch.snapshots.length > 0) await repository.saveSnapshots(batch.snapshots);
      if (batch.signals.length > 0) await repository.addSignals(batch.signals);
    });
    return chain;
  }

  return {
    paid(call, cacheEntry) {
      paidCalls.push(call);
      if (cacheEntry !== undefined) paidCache.push({ ...cacheEntry, createdAt: call.at });
      // Group commit: calls that return within one short window share two statements, and each caller
      // still waits until its row is written before using the result.
      groupWrite ??= new Promise<void>((resolve, reject) => {
        setTimeout(() => {
          const calls = paidCalls;
          const cache = paidCache;
          paidCalls = [];
          paidCache = [];
          groupWrite = undefined;
          repository
            .recordCalls(calls)
            .then(() => (cache.length > 0 ? repository.saveCache(cache) : undefined))
            .then(resolve, reject);
        }, groupCommitMs);
      });
      return groupWrite;
    },
    async subject(subject, found, foundSignals, tally) {
      const at = now();
      const fetchedAt = at.toISOString();
      const values: Record<string, unknown> = { ...previous.get(subject.id)?.fields };
      for (const [field, value] of Object.entries(found)) {
        values[field] = value.value;
        if (value.providerId === 'stored' || value.unchanged === true) continue;
        fields.push({
          subjectId: subject.id,
          field,
          value: value.value,
          source: value.source,
          providerId: value.providerId,
          stage: value.stage,
          confidence: value.confidence,
          cost: value.cost,
          runId,
          fetchedAt,
          expiresAt: new Date(at.getTime() + fieldTtlMs(field, value.stage)).toISOString(),
        });
      }
      const before = previous.get(subject.id)?.fields;
      // An identical snapshot adds nothing to change detection; the previous one stays the reference.
      if (before === undefined || JSON.stringify(before) !== JSON.stringify(values)) snapshots.push({ subjectId: subject.id, runId, takenAt: fetchedAt, fields: values });
      const changes = detectChanges(previous.get(subject.id)?.fields, values, fetchedAt).map((signal) => ({ ...signal, providerId: 'snapshot' }));
      for (const signal of [...foundSignals, ...changes]) {
        const stored: StoredEnrichmentSignal = { id: signalId(subject.id, signal), subjectId: subject.id, runId, type: signal.type, detectedAt: fetchedAt, text: signal.text, source: signal.source };
        if (signal.occurredAt !== undefined) stored.occurredAt = signal.occurredAt;
        if (signal.data !== undefined) stored.data = signal.data;
        signals.push(stored);
      }
      tally.signals(foundSignals.length + changes.length);
      pending += 1;
      if (pending >= flushEvery) await flush();
    },
    flush,
  };
}
