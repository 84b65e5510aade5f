import type { ContactRecord, FieldIssue, MergeReason, Provenance } from '../contact.js';
import { dedup, mergeCluster, type DedupOptions, type DedupResult } from '../dedup/index.js';
import { importInsights, type ImportInsight } from '../insights/index.js';
import { fitScore, type Playbook } from '../../playbook/index.js';
import type { ContactSummary, StoredContact, StoredImportRow, StoredMerge, TenantStore } from '../../store/store.js';
import { CompoundError } from '../../errors/compound-error.js';
import { createCompanyResolver } from './resolve-companies.js';
import { oneRowContact } from './one-row-contact.js';
import { createId as defaultCreateId } from './create-id.js';
import { createImportRowKeyer } from './import-row-key.js';
import { linkedClusters, linkSeenRows, matchUnlinkedRows, wholeContacts } from './link-seen-rows.js';
import { storedRow } from './stored-import-row.js';
import { unionValues } from './union-values.js';
import { identified } from './dedup-warning.js';
import { readContactFile, type ReadContactFileOptions } from './read-contact-file.js';
import { blankRowReason, splitRows } from './split-rows.js';
import { buildImportReport, type ImportReport } from './import-report.js';
import { createIssueGroups } from './issue-groups.js';
import { createSerialWrites, yieldToEventLoop } from './serial-writes.js';

/** Options of `importContacts`. */
export interface ImportContactsOptions extends ReadContactFileOptions {
  /** Path of the CSV/TSV file. */
  file: string;
  /**
   * The playbook to score fit against; without one, fit is not computed. Either a stored version
   * (`{ version, playbook }`), or a new one (`{ source, playbook }`: the file's text and its parse),
   * which is stored as the next version in the import's transaction, so a failed import stores no
   * playbook and the contacts carry the version the store gave.
   */
  playbook?: { version: number; playbook: Playbook } | { source: string; playbook: Playbook };
  /** Dedup thresholds. */
  dedup?: DedupOptions;
  /** Clock. Default: the system clock. */
  now?: () => Date;
  /** Id factory (prefix → id), returning ids not stored yet. Default: random ids. */
  createId?: (prefix: string) => string;
  /** Called once when another import into the tenant makes this one wait for it (see `importContacts`). */
  onWait?: () => void;
}

const maxListedIssues = 100;
/**
 * Contacts scored, or clusters merged, between two turns of the event loop (about 20 ms of work),
 * so the store's replies are read and its next statement sent without leaving it idle for long.
 */
const itemsPerTurn = 1000;
/** Raw rows (and their merges) handed to the store at once while the clusters are merged. */
const rowsPerWrite = 10_000;

/**
 * Imports a contact file into a tenant's store: read and map columns, normalize, reject unusable
 * rows with a reason, deduplicate against the file itself and the contacts already stored (a
 * re-import merges into existing contacts), link companies, score ICP fit, and save everything in
 * ONE transaction (a failure leaves the store as it was). Returns the import report. Imports into
 * one tenant run one after the other (a second waits for the first, `onWait` says so).
 */
export function importContacts(store: TenantStore, options: ImportContactsOptions): Promise<ImportReport> {
  // One import per tenant at a time, in every process (`exclusive`): an import reads the stored
  // contacts before it writes, so two at once would each miss the other's and store them twice.
  return store.exclusive('import', () => importUnderLock(store, options), { onWait: options.onWait });
}

async function importUnderLock(store: TenantStore, options: ImportContactsOptions): Promise<ImportReport> {
  const started = performance.now();
  const clock = options.now ?? (() => new Date());
  const makeId = options.createId ?? defaultCreateId;
  const at = clock().toISOString();
  const importId = makeId('imp');
  // The rows are split off the file: each accepted row (raw cells and parsed record) is let go of
  // once its cluster is merged and its raw row handed to the store, so the heap does not hold every
  // row twice (parsed and merged) until the save.
  const { contactFile, rowCount, accepted, rejectedRows, blankRows } = splitRows(await readContactFile(options.file, options));
  const onProgress = options.onProgress;
  const acceptedCount = accepted.length;
  // What the report needs of the parsed records, counted before they are let go of.
  let identifiedRows = 0;
  const issues: Array<FieldIssue & { row: number }> = [];
  let issueCount = 0;
  const issueGroups = createIssueGroups();
  for (const row of accepted) {
    if (!row) continue;
    if (identified(row.record)) identifiedRows++;
    // Only the first issues are listed; the rest are counted, and grouped by field and reason.
    for (const issue of row.record.issues) {
      if (issueCount++ < maxListedIssues) issues.push({ row: row.row, ...issue });
      issueGroups.add(issue, row.row);
    }
  }
  const keyOf = createImportRowKeyer(contactFile.mapping, options.defaultCountry);
  const rowKeys = accepted.map((row) => (row ? keyOf(row) : ''));
  onProgress?.({ phase: 'workspace', done: 0 });
  // Summaries: what matching and scoring read. Only the contacts this file changes are read whole, below.
  const [existing, storedCompanies] = await Promise.all([store.contacts.summaries(), store.companies.list()]);
  onProgress?.({ phase: 'workspace', done: 0, total: existing.length });
  // Rows an earlier import brought in exactly as they are: each is linked to the contact it went into.
  const linkedTo = await linkSeenRows(store, existing, rowKeys);
  onProgress?.({ phase: 'workspace', done: existing.length, total: existing.length });

  onProgress?.({ phase: 'dedup', done: 0, total: existing.length + acceptedCount });
  // An accepted row's record is let go of (undefined) once its cluster is merged; dedup and
  // mergeCluster only read records before that, hence the casts below.
  const records: Array<ContactRecord | undefined> = [...existing.map((contact) => contact.record), ...accepted.map((row) => row?.record)];
  // When every row is linked there is nothing to match: the clusters are the links. When some are,
  // only the others are matched against the stored contacts.
  const result: Pick<DedupResult, 'clusters' | 'pairs' | 'stats'> =
    acceptedCount > 0 && linkedTo.size === acceptedCount
      ? linkedClusters(existing.length, linkedTo)
      : linkedTo.size > 0
        ? matchUnlinkedRows(records, existing.length, linkedTo, options.dedup)
        : dedup(records as ContactRecord[], { ...options.dedup, existingCount: existing.length });
  onProgress?.({ phase: 'dedup', done: records.length, total: records.length });

  const whole = await wholeContacts(store, existing, result.clusters, linkedTo);

  const reasonOf = new Map<number, MergeReason>();
  for (const pair of result.pairs) {
    if (!reasonOf.has(pair.b)) reasonOf.set(pair.b, pair.reason);
    if (!reasonOf.has(pair.a)) reasonOf.set(pair.a, pair.reason);
  }

  // One provenance object per record (for a stored contact, its first source), shared by the
  // contact's sources and its values (the store then matches them by identity).
  const provenances: Provenance[] = [];
  const provenanceOf = (index: number): Provenance => {
    const row = accepted[index - existing.length];
    return (provenances[index] ??= { source: 'import', importId, file: contactFile.file, row: row?.row, at });
  };
  const companies = createCompanyResolver(storedCompanies, { createId: () => makeId('co'), now: () => at });
  const touched: StoredContact[] = [];
  /** Stored contacts that this file's rows only repeat: not rewritten (scored for the report only). */
  const unchanged: ContactSummary[] = [];
  /** Fit of the stored contacts re-scored whole (the summaries in `fileContacts` keep the old one). */
  const rescored = new Map<string, number>();
  let unchangedRows = 0;
  let mergedIntoExisting = 0;
  let duplicatesMerged = 0;
  /** The contacts this file's rows made or merged into (not the stored ones they tied together). */
  const fileContacts: ContactSummary[] = [];
  const matchedIds = new Set<string>();
  /** Ids of the contacts this import creates: none is stored yet. */
  const mintedIds = new Set<string>();
  const mint = (): string => {
    const id = makeId('ct');
    mintedIds.add(id);
    return id;
  };

  // Everything is written in ONE transaction, opened now so the writes can run (on the store's own
  // thread) while the clusters are merged and scored here; see `SerialWrites`.
  const report = await store.transaction(async (tx) => {
    const given = options.playbook;
    // Stored before any other write of the import: the queued writes below start after it.
    const playbook = given && 'source' in given ? { version: await playbookVersion(tx, given.source, given.playbook), playbook: given.playbook } : given;
    const writes = createSerialWrites();
    try {
      writes.add(() =>
        tx.imports.create({
          id: importId,
          file: contactFile.file,
          format: contactFile.format,
          status: 'running',
          mapping: { columns: contactFile.mapping, overrides: options.overrides ?? {}, fieldTypes: options.fieldTypes ?? {} },
          startedAt: at,
        }),
      );
      const importRows: StoredImportRow[] = [];
      const merges: StoredMerge[] = [];

      // Merging clusters and linking companies is reported as the `companies` phase, not as dedup.
      onProgress?.({ phase: 'companies', done: 0, total: result.clusters.length });
      // Raw rows and merges go to the store (on its own thread) while the next clusters are merged.
      const writeRowsAndMerges = () => {
        const rows = importRows.splice(0);
        const mergesSoFar = merges.splice(0);
        // Rows of the import created above and merges with ids minted here: none is stored yet.
        writes.add(() => tx.imports.addRows(rows, { fresh: true }));
        writes.add(() => tx.imports.addMerges(mergesSoFar, { fresh: true }));
      };
      let clusterCount = 0;
      for (const cluster of result.clusters) {
        if (++clusterCount % itemsPerTurn === 0) {
          if (importRows.length >= rowsPerWrite) writeRowsAndMerges();
          await yieldToEventLoop();
        }
        const fileMembers = cluster.filter((index) => index >= existing.length);
        if (fileMembers.length === 0) continue;
        const summary = cluster[0] !== undefined && cluster[0] < existing.length ? existing[cluster[0]] : undefined;
        // Rows this contact already holds exactly as they are add nothing to it: only the others merge.
        const seen = summary ? fileMembers.filter((index) => linkedTo.get(index - existing.length) === cluster[0]) : [];
        const newMembers = seen.length === 0 ? fileMembers : fileMembers.filter((index) => linkedTo.get(index - existing.length) !== cluster[0]);
        for (const index of seen) {
          const row = accepted[index - existing.length];
          if (row) importRows.push(storedRow(row, { importId, row: row.row, status: 'unchanged', contactId: summary?.id, rowKey: rowKeys[index - existing.length] }));
          accepted[index - existing.length] = undefined;
          records[index] = undefined;
        }
        unchangedRows += seen.length;
        if (summary && newMembers.length === 0 && !whole.has(summary.id)) {
          unchanged.push(summary);
          fileContacts.push(summary);
          mergedIntoExisting += 1;
          duplicatesMerged += fileMembers.length - 1;
          continue;
        }
        const stored = summary && whole.get(summary.id);
        // Read whole a moment ago: gone only if something else deleted it meanwhile. Merging into a
        // new id instead would duplicate it, so the import stops and rolls back.
        if (summary && !stored) {
          throw new CompoundError({ code: 'not-found', message: `Contact ${summary.id} was removed while the import ran; run the import again.`, context: { file: contactFile.file } });
        }
        const id = stored?.id ?? mint();
        for (const index of cluster) {
          if (index < existing.length) provenances[index] ??= whole.get(existing[index]?.id ?? '')?.sources[0] ?? { source: 'store', at };
          else provenanceOf(index);
        }
        const newSources = newMembers.map(provenanceOf);
        let contact: StoredContact;
        const source = newSources[0];
        if (cluster.length === 1 && !stored && source !== undefined) {
          contact = oneRowContact(id, records[cluster[0] as number] as ContactRecord, source, at);
        } else {
          // Merged straight from `records` by index: no per-cluster copies of the members. The new
          // rows go first, so a value the stored contact holds as often as this file does (a tie of
          // the survivor rule) gives way to the file's; the stored value stays in `values`.
          const merged = mergeCluster(records as ContactRecord[], stored ? newMembers.concat(cluster.filter((index) => index < existing.length)) : cluster, provenances);
          contact = {
            id,
            record: merged.record,
            values: stored ? unionValues(stored.values, merged.values) : merged.values,
            // `concat` sizes the list exactly (a spread leaves spare slots, held until the save).
            sources: (stored?.sources ?? []).concat(newSources),
            createdAt: stored?.createdAt ?? at,
            updatedAt: at,
          };
        }
        contact.companyId = companies.resolve(contact.record, newSources[0] ?? { source: 'import', at }) ?? stored?.companyId;
        touched.push(contact);
        fileContacts.push(contact);
        if (stored) mergedIntoExisting += 1;
        duplicatesMerged += fileMembers.length - 1;

        newMembers.forEach((index, position) => {
          const row = accepted[index - existing.length];
          if (!row) return;
          const createsContact = !stored && position === 0;
          importRows.push(storedRow(row, { importId, row: row.row, status: createsContact ? 'imported' : 'merged', contactId: id, rowKey: rowKeys[index - existing.length] }));
          if (!createsContact) {
            merges.push({
              id: makeId('mg'),
              survivorId: id,
              importId,
              row: row.row,
              reason: reasonOf.get(index) ?? { keys: [], score: 1, evidence: {} },
              at,
            });
          }
          // Merged, and its raw row queued for the store: nothing reads this row again.
          accepted[index - existing.length] = undefined;
          records[index] = undefined;
        });
        // Existing contacts that the new rows tied together (only with `mergeExisting`): kept, marked merged.
        for (const index of cluster.slice(1)) {
          const other = index < existing.length ? whole.get(existing[index]?.id ?? '') : undefined;
          if (!other) continue;
          touched.push({ ...other, mergedInto: id, updatedAt: at });
          merges.push({ id: makeId('mg'), survivorId: id, mergedContactId: other.id, reason: reasonOf.get(index) ?? { keys: [], score: 1, evidence: {} }, at });
        }
      }
      for (const row of rejectedRows) importRows.push(storedRow(row, { importId, row: row.row, status: 'rejected', reason: row.rejection?.reason ?? '' }));
      // Kept like rejected rows, so every numbered row of the file is stored with what became of it.
      for (const row of blankRows) importRows.push(storedRow(row, { importId, row: row.row, status: 'skipped', reason: blankRowReason }));
      writeRowsAndMerges();
      // Companies are final once every cluster is linked: written before the contacts, so the
      // store's last step after the contacts is short.
      writes.add(() => tx.companies.upsertMany(companies.changed()));
      onProgress?.({ phase: 'companies', done: touched.length, total: touched.length });

      // Fit: every live contact is re-scored when the playbook version moved; else only touched ones.
      const rescoreAll = playbook !== undefined && existing.some((contact) => contact.playbookVersion !== playbook.version);
      const toWrite = rescoreAll ? [...touched, ...(await tx.contacts.getMany(untouchedIds(existing, touched)))] : touched;
      if (playbook) {
        for (const [index, contact] of toWrite.entries()) {
          // Lets the queued writes take their next step (each needs a reply from the store).
          if (index % itemsPerTurn === itemsPerTurn - 1) await yieldToEventLoop();
          if (contact.mergedInto) continue;
          const company = contact.companyId ? companies.get(contact.companyId) : undefined;
          const scored = fitScore(contact.record, playbook.playbook, company);
          contact.fit = scored.fit;
          contact.fitReasons = scored.reasons;
          contact.playbookVersion = playbook.version;
          rescored.set(contact.id, scored.fit);
          if (scored.matched) matchedIds.add(contact.id);
        }
        // Contacts left as they were still count in the report's ICP matches.
        if (!rescoreAll) {
          for (const contact of unchanged) {
            const company = contact.companyId ? companies.get(contact.companyId) : undefined;
            if (fitScore(contact.record, playbook.playbook, company).matched) matchedIds.add(contact.id);
          }
        }
        onProgress?.({ phase: 'fit', done: toWrite.length, total: toWrite.length });
      }
      // One call: the store encodes each chunk of contacts while the database appends the one
      // before (separate calls each waited for their rows to land before encoding the next).
      // The ids minted above are not stored, so they are not deleted first.
      writes.add(() => tx.contacts.upsertMany(toWrite, { freshIds: mintedIds }));

      const built = buildReport(playbook);
      onProgress?.({ phase: 'save', done: 0, total: touched.length });
      await writes.drained();
      built.contactsTotal = await tx.contacts.count();
      built.ms = Math.round(performance.now() - started);
      await tx.imports.finish(importId, { status: 'done', report: { ...built }, finishedAt: clock().toISOString() });
      return built;
    } catch (error: unknown) {
      // No write may run after the rollback: wait for the queued ones to settle first.
      await writes.drained().catch(() => undefined);
      throw error;
    }
  });
  onProgress?.({ phase: 'save', done: touched.length, total: touched.length });
  return report;

  function buildReport(playbook: { version: number; playbook: Playbook } | undefined): ImportReport {
    const storedCompanyIds = new Set(storedCompanies.map((company) => company.id));
    const insights: ImportInsight[] = importInsights(
      fileContacts.map((contact) => ({
        record: contact.record,
        fit: rescored.get(contact.id) ?? contact.fit ?? 0,
        matched: matchedIds.has(contact.id),
        company: contact.companyId ? companies.get(contact.companyId) : undefined,
      })),
      playbook?.playbook,
    );
    return buildImportReport({
      importId,
      contactFile,
      rows: rowCount,
      rejectedRows,
      blankRows: blankRows.map((row) => row.row),
      imported: acceptedCount,
      identifiedRows,
      unique: fileContacts.length,
      duplicatesMerged,
      mergedIntoExisting,
      unchangedRows,
      icpMatches: playbook ? fileContacts.filter((contact) => matchedIds.has(contact.id)).length : 0,
      playbookVersion: playbook?.version,
      companiesCreated: companies.changed().filter((company) => !storedCompanyIds.has(company.id)).length,
      companiesLinked: new Set(fileContacts.map((contact) => contact.companyId).filter(Boolean)).size,
      insights,
      issues,
      issueCount,
      issueGroups: issueGroups.groups(),
      issueKinds: issueGroups.kinds(),
      dedupStats: result.stats,
      ms: 0,
    });
  }
}

/**
 * The version of the playbook `source`: the latest stored one when it has this text (an import that
 * waited for another with the same new playbook stores no second copy), else a new one.
 */
async function playbookVersion(tx: TenantStore, source: string, parsed: Playbook): Promise<number> {
  const latest = await tx.playbooks.latest();
  return latest?.source === source ? latest.version : tx.playbooks.save({ source, parsed });
}

/** Ids of the contacts of `existing` that are not in `touched`. */
function untouchedIds(existing: readonly ContactSummary[], touched: readonly StoredContact[]): string[] {
  const touchedIds = new Set(touched.map((contact) => contact.id));
  return existing.filter((contact) => !touchedIds.has(contact.id)).map((contact) => contact.id);
}
