import type { ContactRecord, MergeReason, Provenance } from '../contacts/contact.js';
import type { OutcomeEvent, SendObservation } from '../learning/outcome-event.js';
import type { EnrichmentRepository } from './enrichment-store.js';

/** A value of one field as one source gave it. */
export interface SourcedValue {
  value: string;
  source: Provenance;
}

/** Every source value per field: `{ email: [{ value, source }, ...], ... }`. Nothing is thrown away. */
export type FieldValues = Record<string, SourcedValue[]>;

/** One reason a contact fits (or misses) the ICP, per dimension. */
export interface StoredFitReason {
  dimension: string;
  score: number;
  weight: number;
  matched: boolean;
  text: string;
}

/** A contact as stored: survivor values, every source value, links and fit. */
export interface StoredContact {
  id: string;
  /** Survivor values. */
  record: ContactRecord;
  companyId?: string;
  fit?: number;
  fitReasons?: StoredFitReason[];
  /** Playbook version the fit was computed against. */
  playbookVersion?: number;
  values: FieldValues;
  /**
   * True when `values` are exactly the values `record` gives, each from `sources[0]`: every
   * non-empty text or number member as text, every email address and phone number, every custom
   * value (what the stored form `[0, {}]` means). The store then writes that form without reading
   * `values`, which an import's contact of one row builds on each read. Absent: unknown.
   * @internal
   */
  readonly valuesFromRecord?: boolean;
  sources: Provenance[];
  /** Set when this contact was merged into another; merged contacts are kept, never deleted. */
  mergedInto?: string;
  createdAt: string;
  updatedAt: string;
}

/** A company as stored, deduplicated by domain and normalized legal name. */
export interface StoredCompany {
  id: string;
  name: string;
  /** Normalized legal name (suffix stripped, lower-case). */
  key: string;
  domain?: string;
  industry?: string;
  employees?: number;
  country?: string;
  values: FieldValues;
  sources: Provenance[];
  createdAt: string;
  updatedAt: string;
}

/** One import run. */
export interface StoredImport {
  id: string;
  file: string;
  /** Recognized export format, e.g. `linkedin-connections`, or `unknown`. */
  format: string;
  status: 'running' | 'done' | 'failed';
  /** Column mapping and options used. */
  mapping: Record<string, unknown>;
  /** The import report, once done. */
  report?: Record<string, unknown>;
  startedAt: string;
  finishedAt?: string;
}

/** One raw input row, kept for provenance whether imported, merged or rejected. */
export interface StoredImportRow {
  importId: string;
  /** 1-based data row number. */
  row: number;
  /** Header → raw cell value (unmapped columns included). */
  raw: Record<string, string>;
  /**
   * `raw` already encoded, when the caller holds it so: `json` is the JSON text of the array of
   * `raw`'s values in the order of `keys`, which are `Object.keys(raw)`. The store then writes that
   * text instead of encoding `raw` again (an import's rows keep their cells as such a text).
   * @internal
   */
  rawCells?: RawCells;
  /**
   * `skipped`: a blank row (every cell empty), neither imported nor rejected. `unchanged`: a row an
   * earlier import already brought in exactly as it is (same `rowKey`), linked to that contact,
   * which it left as it was.
   */
  status: 'imported' | 'merged' | 'rejected' | 'skipped' | 'unchanged';
  reason?: string;
  contactId?: string;
  /**
   * Digest of the raw cells and of how the import read them (see `importRowKey`): a later import
   * of the same row, read the same way, finds its contact by it (`ImportsRepository.contactsByRowKey`).
   */
  rowKey?: string;
}

/** Raw cells as JSON text, with their keys (see `StoredImportRow.rawCells`; not part of the public API). */
export interface RawCells {
  /** `Object.keys` of the raw row, shared by the rows of one file with the same number of cells. */
  keys: readonly string[];
  /** JSON text of the array of the raw row's values, in `keys` order. */
  json: string;
}

/** A merge decision: which record went into which survivor, and why. */
export interface StoredMerge {
  id: string;
  survivorId: string;
  /** The merged contact, when an existing contact was merged. */
  mergedContactId?: string;
  /** The merged import row, when a new row was merged. */
  importId?: string;
  row?: number;
  reason: MergeReason;
  at: string;
}

/** A playbook version. */
export interface StoredPlaybook {
  version: number;
  /** The playbook file's text as the user wrote it. */
  source: string;
  /** The parsed playbook (JSON). */
  parsed: unknown;
  createdAt: string;
}

/** Options of `ContactsRepository.upsertMany`. */
export interface UpsertContactsOptions {
  /**
   * Ids known not to be stored, e.g. minted by the caller for new contacts: they are inserted
   * without first deleting a stored row of the same id (a bulk upsert's most costly step when
   * nothing is there to replace). A listed id that is stored makes the call fail on the primary
   * key, and nothing of the call is written.
   */
  freshIds?: ReadonlySet<string>;
}

/**
 * What matching and scoring read of a stored contact: no values, sources or fit reasons, which
 * are most of a contact's bytes and decoding (`ContactsRepository.summaries`).
 */
export type ContactSummary = Pick<StoredContact, 'id' | 'record' | 'createdAt' | 'updatedAt'> &
  Pick<Partial<StoredContact>, 'companyId' | 'fit' | 'playbookVersion'>;

/** Contacts of one tenant. */
export interface ContactsRepository {
  /** Live (not merged) contacts; ranked by fit descending (nulls last), then by id, when `orderBy` is `fit`. */
  list(options?: { orderBy?: 'fit' | 'id'; limit?: number }): Promise<StoredContact[]>;
  /** One contact by id, merged ones included; undefined when absent. */
  get(id: string): Promise<StoredContact | undefined>;
  /** Live contacts in id order, as summaries (no values, sources or fit reasons). */
  summaries(): Promise<ContactSummary[]>;
  /** Contacts by id, merged ones included, in id order; ids not stored are left out. */
  getMany(ids: readonly string[]): Promise<StoredContact[]>;
  /** Inserts or replaces contacts by id. */
  upsertMany(contacts: readonly StoredContact[], options?: UpsertContactsOptions): Promise<void>;
  /** Number of live contacts. */
  count(): Promise<number>;
}

/** Companies of one tenant. */
export interface CompaniesRepository {
  list(): Promise<StoredCompany[]>;
  get(id: string): Promise<StoredCompany | undefined>;
  upsertMany(companies: readonly StoredCompany[]): Promise<void>;
}

/** Options of `ImportsRepository.addRows` and `addMerges`. */
export interface AddFreshOptions {
  /**
   * None of the given keys is stored yet (rows of an import created in this transaction, merges
   * with freshly minted ids): they are appended without first deleting stored ones. A key that
   * is stored makes the call fail on the primary key, and nothing of the call is written.
   */
  fresh?: boolean;
}

/** Import runs, their raw rows and merge records of one tenant. */
export interface ImportsRepository {
  create(run: StoredImport): Promise<void>;
  /** Updates status, report and finishedAt. */
  finish(id: string, update: { status: 'done' | 'failed'; report?: Record<string, unknown>; finishedAt: string }): Promise<void>;
  list(): Promise<StoredImport[]>;
  /** Adds raw rows; a row already stored (same import and row number) is replaced. */
  addRows(rows: readonly StoredImportRow[], options?: AddFreshOptions): Promise<void>;
  rows(importId: string): Promise<StoredImportRow[]>;
  /**
   * The contact each of these row keys went into: for a key stored with several rows, the row of
   * the latest import (by start time) that has a contact. Keys no stored row with a contact has are
   * left out; the contact may since have been merged into another (`mergedInto`).
   */
  contactsByRowKey(keys: readonly string[]): Promise<Map<string, string>>;
  /** Adds merge records; one already stored (same id) is replaced. */
  addMerges(merges: readonly StoredMerge[], options?: AddFreshOptions): Promise<void>;
  /** Merges whose survivor is this contact. */
  merges(survivorId: string): Promise<StoredMerge[]>;
}

/** Versioned playbooks of one tenant (append-only). */
export interface PlaybooksRepository {
  /** Appends a version and returns its number (1, 2, ...). */
  save(playbook: { source: string; parsed: unknown }): Promise<number>;
  latest(): Promise<StoredPlaybook | undefined>;
  get(version: number): Promise<StoredPlaybook | undefined>;
}

/** An outcome event as stored, with when the store received it. */
export interface StoredEvent extends OutcomeEvent {
  /** When the store first received the event (ISO 8601); later duplicates do not change it. */
  receivedAt: string;
}

/** Which events `EventsRepository.list` returns. Times are ISO 8601; bounds apply to `occurredAt`. */
export interface EventsQuery {
  /** Events that occurred at or after this time. */
  since?: string;
  /** Events that occurred before this time (exclusive). */
  until?: string;
  /** Events of one message only. */
  messageId?: string;
  /** Events of these types only (e.g. `['sent']`). */
  types?: readonly string[];
  /** Events of these campaigns only (events without a campaign are left out). */
  campaigns?: readonly string[];
}

/** What `EventsRepository.add` did. */
export interface AddEventsResult {
  /** Events stored by this call. */
  inserted: number;
  /** Events already stored, or repeated within the call, by (source, externalId); nothing was written for them. */
  duplicates: number;
}

/** Outcome events of one tenant: append-only and idempotent on (source, externalId). */
export interface EventsRepository {
  /**
   * Stores events not seen before; an event whose (source, externalId) is already stored, or came
   * earlier in the same call, is counted as a duplicate and ignored (the first one wins).
   * @throws CompoundError `invalid-argument` naming the event when one lacks a source, external id or
   *   message id, has an unknown type, or an unreadable `occurredAt`; nothing is stored then.
   */
  add(events: readonly OutcomeEvent[]): Promise<AddEventsResult>;
  /** Stored events, oldest `occurredAt` first (ties by source, external id). */
  list(query?: EventsQuery): Promise<StoredEvent[]>;
  /**
   * One observation per sent message, folded from all its events in any arrival order (see
   * `foldEvents`). Messages without a `sent` event yet are left out until it arrives.
   * @param options.since Only messages sent at or after this time (ISO 8601); their later events all count.
   */
  observations(options?: { since?: string }): Promise<SendObservation[]>;
}

/** One saved version of a learned model's state. */
export interface StoredModelState {
  /** What the state is of, e.g. `angle-learner`, `reply-model`, `timing`. */
  kind: string;
  /** 1, 2, ... per kind. */
  version: number;
  /** The snapshot as saved (JSON). */
  state: unknown;
  createdAt: string;
}

/** Versioned learned state of one tenant, one append-only sequence per kind. */
export interface ModelStateRepository {
  /** Appends a version of `kind` and returns its number (1, 2, ...). `state` must be JSON-serializable. */
  save(kind: string, state: unknown): Promise<number>;
  /** The newest version of `kind`; undefined when none was saved. */
  latest(kind: string): Promise<StoredModelState | undefined>;
  /** One version of `kind`; undefined when absent. */
  get(kind: string, version: number): Promise<StoredModelState | undefined>;
}

/** Everything one tenant can read and write. Every query is scoped to `tenantId`. */
export interface TenantStore {
  readonly tenantId: string;
  readonly contacts: ContactsRepository;
  readonly companies: CompaniesRepository;
  readonly imports: ImportsRepository;
  readonly playbooks: PlaybooksRepository;
  /** Outcome events (sent, replied, ...) and the observations folded from them. */
  readonly events: EventsRepository;
  /** Versioned snapshots of learned models. */
  readonly models: ModelStateRepository;
  /** Enrichment runs, calls ledger, response cache, enriched fields, snapshots and signals. */
  readonly enrichment: EnrichmentRepository;
  /** Runs `work` in one transaction: all its writes land, or none do. */
  transaction<T>(work: (store: TenantStore) => Promise<T>): Promise<T>;
  /**
   * Runs `work` holding the tenant's lock `name`: another `exclusive` call with the same tenant and
   * name waits until `work` settles, in this process and, on PostgreSQL, in every process on the
   * database. An import holds `import` from reading the workspace to its commit, so two imports
   * into one tenant never both miss each other's contacts.
   * @param options.onWait Called once when another holder makes this call wait.
   */
  exclusive<T>(name: string, work: () => Promise<T>, options?: { onWait?: () => void }): Promise<T>;
}

/** The storage port. Embedded (PGlite) and hosted (PostgreSQL) differ only in the driver. */
export interface Store {
  /** Driver id: `pglite` or `postgres`. */
  readonly driver: string;
  /**
   * Creates the tenant if absent. Tenant ids are case-sensitive and kept as given: `Acme` and
   * `acme` are two ids, and a tenant stored under either opens with exactly that id.
   * @throws CompoundError `tenant-missing` when `tenantId` is new but differs from an existing
   *   tenant's id only in case (a typo that would start an empty tenant), naming that tenant.
   */
  ensureTenant(tenantId: string, name?: string): Promise<void>;
  /** The tenant-scoped repositories. */
  forTenant(tenantId: string): TenantStore;
  close(): Promise<void>;
}
