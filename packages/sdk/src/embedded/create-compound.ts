import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CompoundError,
  fileReadError,
  contactName,
  contactsToCsv,
  createModelColumnResolver,
  dedupFile,
  importContacts,
  importTenantEvents,
  companyProfile,
  enrichCompanies,
  type CompanyProfile,
  type EnrichCompaniesResult,
  type EnrichmentProgressEvent,
  rankTenantContacts,
  requireTimeZone,
  tenantCampaigns,
  tenantDigest,
  tenantForecast,
  tenantInsights,
  type EventHistoryImport,
  type ImportEventHistoryOptions,
  type LearningInsight,
  type PlannedVolume,
  type RankedTenantContact,
  type TargetOutcome,
  type TenantForecast,
  type WeeklyDigest,
  parsePlaybook,
  toExportedContacts,
  type DedupFileResult,
  type ExportedContact,
  type FieldType,
  type ImportProgressListener,
  type ImportReport,
  type Playbook,
  type Store,
  type StoredFitReason,
  type TenantStore,
} from '@compound/core';

/** Settings of `createCompound`. */
export interface CompoundOptions {
  /**
   * Workspace folder of the embedded database (PGlite, persisted under `<workspace>/db`).
   * Default `.compound` in the current directory.
   */
  workspace?: string;
  /**
   * PostgreSQL connection string for the hosted tier. Default: environment variable `DATABASE_URL`;
   * when neither is set, the embedded database is used.
   */
  databaseUrl?: string;
  /** Use the embedded database even when `DATABASE_URL` is set. Default false. */
  embedded?: boolean;
  /**
   * Embedded only: delete the workspace's database first and start a new one (default false), as
   * `compound demo` does. Another process using the workspace makes it fail instead.
   */
  fresh?: boolean;
  /** Tenant id; every read and write is scoped to it. Default `default`. */
  tenant?: string;
  /**
   * Anthropic API key: when set, columns the heuristics map with low confidence are resolved by the
   * model. Default: `env.ANTHROPIC_API_KEY`; without a key everything runs offline.
   */
  anthropicApiKey?: string;
  /** Environment for defaults (`DATABASE_URL`, `ANTHROPIC_API_KEY`). Default `process.env`. */
  env?: Record<string, string | undefined>;
  /** An already open store (tests, custom drivers); `workspace` and `databaseUrl` are then ignored. */
  store?: Store;
  /**
   * The user's time zone (IANA name, e.g. `Europe/Berlin`) when neither a call nor the playbook's
   * `timeZone` gives one: send days and hours in insights, the digest and timing are read on its
   * clock, and past results' times written without an offset are taken in it. Default UTC; the
   * `compound` CLI passes the machine's zone.
   */
  timeZone?: string;
}

/** Options of `importFile`. */
export interface ImportFileOptions {
  /** Playbook file (Markdown with a ```yaml block, or YAML) to score fit against; saved as a new version when changed. */
  playbook?: string;
  /** Column → canonical field overrides (`--map col=field`). */
  map?: Record<string, string>;
  /** Column → custom field type (`--field col:type`). */
  fieldTypes?: Record<string, FieldType>;
  /** ISO-2 default country for phone numbers (`--country CC`). */
  country?: string;
  onProgress?: ImportProgressListener;
  /**
   * Called once when another import into the same tenant is running (in this process or, on
   * PostgreSQL, in another one): this one waits for it to finish, then starts.
   */
  onWait?: () => void;
}

/** A contact in rank order, with why it ranks there. */
export interface RankedContact {
  id: string;
  name: string;
  email: string | null;
  /** First phone (E.164): how a contact without a name or email is shown. */
  phone: string | null;
  company: string | null;
  title: string | null;
  /** ICP fit in [0, 1]; null until a playbook is set. */
  fit: number | null;
  /** One line per ICP dimension. */
  reasons: string[];
  /** Per-dimension detail. */
  fitReasons: StoredFitReason[];
}

/** Compound, embedded: the whole intelligence in-process on the chosen store. */
export interface Compound {
  readonly tenant: string;
  readonly driver: string;
  /** Imports a CSV/TSV contact file; returns the import report. */
  importFile(path: string, options?: ImportFileOptions): Promise<ImportReport>;
  /** Saves a playbook file as the current version (a new version only when its text changed). */
  setPlaybook(path: string): Promise<{ version: number; changed: boolean; playbook: Playbook }>;
  /** Contacts ranked by ICP fit (best first). */
  contacts(options?: { top?: number }): Promise<RankedContact[]>;
  /** The clean, deduplicated list with fit and reasons. */
  exportContacts(options?: {
    format?: 'csv' | 'json';
    /** CSV only: start with a UTF-8 byte-order mark so Excel on Windows reads accents right (`Müller`). Default true. */
    bom?: boolean;
  }): Promise<{ text: string; count: number }>;
  /** Clusters a file's rows without writing anything. */
  dedupFile(path: string, options?: { map?: Record<string, string>; fieldTypes?: Record<string, FieldType>; country?: string }): Promise<DedupFileResult>;
  /** Enriches companies (highest ICP fit first) through the staged provider pipeline; `dryRun` only plans. */
  enrich(options?: {
    limit?: number;
    stages?: string[];
    budget?: number;
    stale?: boolean;
    dryRun?: boolean;
    signal?: AbortSignal;
    onProgress?: (event: EnrichmentProgressEvent) => void;
  }): Promise<EnrichCompaniesResult>;
  /** A company's profile: fields with source, fetchedAt and confidence, signals and conflicts. */
  company(domainOrId: string): Promise<CompanyProfile | undefined>;
  /** Imports past campaign results (one row per sent message) as outcome events; idempotent. */
  importEvents(path: string, options?: Pick<ImportEventHistoryOptions, 'mapping' | 'dateOrder' | 'timeZone'>): Promise<EventHistoryImport>;
  /**
   * Contacts ranked by expected value (P(target) × value × timing) learned from the history; `angle`
   * is the user's choice for every segment (the learner's override), `channel` the channel to rank for.
   */
  rank(options?: { campaign?: string; top?: number; target?: TargetOutcome; angle?: string; channel?: string; now?: Date; timeZone?: string }): Promise<RankedTenantContact[]>;
  /**
   * Statistically honest insights from the history. `repliesTracked` is false for a history of
   * meetings only (positive replies then count meetings alone); `timeZone` is the clock send days
   * and hours were read on.
   */
  insights(options?: { target?: TargetOutcome; timeZone?: string }): Promise<{ sends: number; repliesTracked: boolean; timeZone: string; insights: LearningInsight[] }>;
  /**
   * Expected outcomes for the coming weeks, with intervals, at the plan given or at each segment's
   * weekly volume over the four weeks before `now` (default the current time); when those weeks have
   * no sends, the forecast is 0 and `atLastActivePace` holds the one at the last active weeks' pace.
   * Only `target` is forecast when given (else positive replies and meetings); with `goal` (target
   * outcomes wanted per week), `goal` in the result says the volume per segment it needs.
   */
  forecast(options?: { weeks?: number; plan?: PlannedVolume[]; now?: Date; target?: TargetOutcome; goal?: number }): Promise<TenantForecast>;
  /**
   * The digest of the last complete Monday-to-Sunday week before `now` (default the current time), of
   * the week holding `week` (an ISO date, or `latest` for the week of the latest send), or of the week
   * starting on `weekStart`; undefined for an empty week.
   */
  digest(options?: { week?: string; weekStart?: string; now?: Date; target?: TargetOutcome; timeZone?: string }): Promise<WeeklyDigest | undefined>;
  /** The campaigns of the outcome history with their sends, most sends first. */
  campaigns(): Promise<Array<{ campaign: string; sends: number }>>;
  /**
   * The zone (IANA name) send days, hours and weeks are read in: `given` (checked), else the
   * playbook's `timeZone`, else this client's `timeZone` option, else UTC.
   */
  timeZone(given?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Opens Compound in embedded mode.
 * @example
 * const compound = await createCompound({ workspace: '.compound' });
 * const report = await compound.importFile('contacts.csv', { playbook: 'playbook.md' });
 */
export async function createCompound(options: CompoundOptions = {}): Promise<Compound> {
  const tenantId = options.tenant ?? 'default';
  const env = options.env ?? process.env;
  const resolver = createModelColumnResolver({ apiKey: options.anthropicApiKey, env });
  const store = options.store ?? (await openConfiguredStore(options, env));
  await store.ensureTenant(tenantId).catch(async (error: unknown) => {
    // A store opened here is closed again (it holds the workspace's lock); a given one is the caller's.
    if (!options.store) await store.close();
    throw error;
  });
  const tenant = store.forTenant(tenantId);
  /** The zone a call gives, else the playbook's, else this client's default (UTC unless set). */
  const zoneOf = (call: { timeZone?: string }, playbook: Playbook | undefined): string => call.timeZone ?? playbook?.timeZone ?? options.timeZone ?? 'UTC';

  /** Reads and checks a playbook file; `latest` is the stored version with the same text, if it is the latest. */
  const readPlaybook = async (path: string) => {
    const source = await readText(path);
    const playbook = parsePlaybook(source, { file: path });
    const latest = await tenant.playbooks.latest();
    return { source, playbook, latest: latest && latest.source === source ? latest : undefined };
  };
  const setPlaybook = async (path: string) => {
    const { source, playbook, latest } = await readPlaybook(path);
    if (latest) return { version: latest.version, changed: false, playbook };
    return { version: await tenant.playbooks.save({ source, parsed: playbook }), changed: true, playbook };
  };

  const runImport = async (path: string, importOptions: ImportFileOptions) => {
    // A new playbook version is stored by the import, in its transaction: a failed import stores none.
    const given = importOptions.playbook ? await readPlaybook(importOptions.playbook) : undefined;
    const current = given ? undefined : await currentPlaybook(tenant);
    return importContacts(tenant, {
      file: path,
      playbook: given
        ? given.latest
          ? { version: given.latest.version, playbook: given.playbook }
          : { source: given.source, playbook: given.playbook }
        : current && { version: current.version, playbook: current.playbook },
      overrides: importOptions.map,
      fieldTypes: importOptions.fieldTypes,
      defaultCountry: importOptions.country,
      resolver,
      onProgress: importOptions.onProgress,
      onWait: importOptions.onWait,
    });
  };

  return {
    tenant: tenantId,
    driver: store.driver,
    async importFile(path, importOptions = {}) {
      // One import per tenant at a time, in every process: importContacts waits for another's end.
      return runImport(path, importOptions);
    },
    setPlaybook,
    async contacts(listOptions = {}) {
      const contacts = await tenant.contacts.list({ orderBy: 'fit', limit: listOptions.top });
      const companies = new Map((await tenant.companies.list()).map((company) => [company.id, company]));
      return contacts.map((contact) => ({
        id: contact.id,
        name: contactName(contact),
        // An address the import found invalid is kept on the record, never shown as the email.
        email: contact.record.emails.find((email) => email.valid)?.address ?? null,
        phone: contact.record.phones[0] ?? null,
        company: (contact.companyId ? companies.get(contact.companyId)?.name : undefined) ?? contact.record.company ?? null,
        title: contact.record.title ?? null,
        fit: contact.fit ?? null,
        reasons: (contact.fitReasons ?? []).map((reason) => reason.text),
        fitReasons: contact.fitReasons ?? [],
      }));
    },
    async exportContacts(exportOptions = {}) {
      const contacts = await tenant.contacts.list({ orderBy: 'fit' });
      const companies = new Map((await tenant.companies.list()).map((company) => [company.id, company]));
      const rows: ExportedContact[] = toExportedContacts(contacts, (id) => companies.get(id));
      const text = exportOptions.format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : contactsToCsv(rows, { bom: exportOptions.bom ?? true });
      return { text, count: rows.length };
    },
    dedupFile(path, dedupOptions = {}) {
      return dedupFile(path, { overrides: dedupOptions.map, fieldTypes: dedupOptions.fieldTypes, defaultCountry: dedupOptions.country, resolver });
    },
    async enrich(enrichOptions = {}) {
      const playbook = (await currentPlaybook(tenant))?.playbook;
      const personaKeywords = playbook
        ? [...new Set([...playbook.personas.flatMap((persona) => persona.titleKeywords), ...(playbook.icp.titleKeywords?.include ?? [])])]
        : undefined;
      return enrichCompanies(tenant, {
        ...enrichOptions,
        env,
        context: { ...(personaKeywords ? { personaKeywords } : {}), ...(playbook ? { problem: playbook.problem } : {}) },
      });
    },
    company: (domainOrId) => companyProfile(tenant, domainOrId),
    async importEvents(path, eventOptions = {}) {
      const playbook = (await currentPlaybook(tenant))?.playbook;
      return importTenantEvents(tenant, path, { ...eventOptions, timeZone: zoneOf(eventOptions, playbook) });
    },
    async rank(rankOptions = {}) {
      const playbook = (await currentPlaybook(tenant))?.playbook;
      return rankTenantContacts(tenant, { ...rankOptions, playbook, timeZone: zoneOf(rankOptions, playbook) });
    },
    async insights(insightOptions = {}) {
      const playbook = (await currentPlaybook(tenant))?.playbook;
      return tenantInsights(tenant, { ...insightOptions, playbook, timeZone: zoneOf(insightOptions, playbook) });
    },
    forecast: (forecastOptions = {}) => tenantForecast(tenant, forecastOptions),
    async digest(digestOptions = {}) {
      const playbook = (await currentPlaybook(tenant))?.playbook;
      return tenantDigest(tenant, { ...digestOptions, playbook, timeZone: zoneOf(digestOptions, playbook) });
    },
    campaigns: () => tenantCampaigns(tenant),
    async timeZone(given) {
      return requireTimeZone(zoneOf({ timeZone: given }, (await currentPlaybook(tenant))?.playbook), 'timeZone');
    },
    close: () => store.close(),
  };
}

async function openConfiguredStore(options: CompoundOptions, env: Record<string, string | undefined>): Promise<Store> {
  const databaseUrl = options.embedded ? undefined : (options.databaseUrl ?? env['DATABASE_URL']);
  if (databaseUrl) {
    checkPostgresUrl(databaseUrl);
    // An unreachable server is reported by the driver, naming host:port.
    const { openPostgresStore } = await import('@compound/core/store/postgres');
    return openPostgresStore({ connectionString: databaseUrl });
  }
  const workspace = options.workspace ?? '.compound';
  if ((await stat(workspace).catch(() => undefined))?.isFile()) {
    throw new CompoundError({ code: 'invalid-argument', message: `workspace ${workspace} is a file, not a folder: pass a folder for the embedded database`, context: { file: workspace } });
  }
  const { openPgliteStore } = await import('@compound/core/store/pglite');
  return openPgliteStore({ dataDir: join(workspace, 'db'), fresh: options.fresh === true });
}

/** An `invalid-argument` error unless `databaseUrl` is a PostgreSQL URL; the error never shows its password. */
function checkPostgresUrl(databaseUrl: string): void {
  let url: URL | undefined;
  try {
    url = new URL(databaseUrl);
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:')) {
    const shown = url === undefined ? databaseUrl : `${url.protocol}//${url.host}${url.pathname}`;
    throw new CompoundError({
      code: 'invalid-argument',
      message: `--database-url expects a PostgreSQL URL such as postgres://user:password@host:5432/database, got "${shown}"`,
    });
  }
}

async function currentPlaybook(tenant: TenantStore): Promise<{ version: number; playbook: Playbook } | undefined> {
  const latest = await tenant.playbooks.latest();
  if (!latest) return undefined;
  return { version: latest.version, playbook: parsePlaybook(latest.source) };
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw fileReadError(path, error);
  }
}
