import { createHash } from 'node:crypto';
import { readDelimited, type DelimitedInput, type ReadDelimitedOptions } from '../../contacts/import/parse-delimited.js';
import { CompoundError } from '../../errors/compound-error.js';
import type { StoredContact, TenantStore } from '../../store/store.js';
import type { Channel, OutcomeEvent } from '../outcome-event.js';
import { detectHistoryColumns, type HistoryColumns, type HistoryField } from './detect-history-columns.js';
import { RowRejected, rowEvents, type RowContext } from './history-row-events.js';
import { detectDateOrder, excelSerialColumn, type DateOrder } from './parse-history-date.js';

/** Options of `importEventHistory`. */
export interface ImportEventHistoryOptions {
  /**
   * Field → header of its column, overriding detection by name; `null` ignores a detected column.
   * @example { angle: 'Subject variant', status: null }
   */
  mapping?: Partial<Record<HistoryField, string | null>>;
  /** Event source. Default `csv-history`. Events are idempotent per source. */
  source?: string;
  /** Values for rows (or files) that lack a column. Channel defaults to `email`, the channel of campaign-tool exports. */
  defaults?: { segment?: string; angle?: string; channel?: Channel; campaign?: string };
  /** Segment of a contact matched by email, for files without a segment column. */
  segmentOf?: (contact: StoredContact) => string | undefined;
  /** Extra columns copied into the sent event's attributes (the reply model's features); numbers stay numbers. */
  featureColumns?: readonly string[];
  /** Order of slash dates. Default: detected from the file (`25/03` → `dmy`), else `mdy` with a warning. */
  dateOrder?: DateOrder;
  /** Options passed to `readDelimited`. */
  read?: ReadDelimitedOptions;
}

/** A row that gave no events, and why. Rows are never dropped silently. */
export interface EventHistoryRejection {
  file: string;
  /** 1-based data row number. */
  row: number;
  reason: string;
  /** Header of the column concerned, when there is one. */
  field?: string;
}

/** What `importEventHistory` did. */
export interface EventHistoryImport {
  file: string;
  source: string;
  /** The column used for each field. */
  columns: HistoryColumns;
  /** Header columns that no field and no feature column used, in file order. */
  unusedColumns: string[];
  /** Data rows read, blank rows excluded (as readDelimited excludes blank lines). */
  rows: number;
  /** Rows whose cells are all empty (a spreadsheet saves them as `;;;;`): skipped, not rejected. Their row numbers stay taken. */
  blankRows: number;
  /** Distinct sent messages the accepted rows describe (identical rows are one message). */
  messages: number;
  /** Events built from the accepted rows. */
  events: number;
  /** Events stored by this import. */
  inserted: number;
  /** Events already stored (an earlier import of the same rows) or repeated in the file. */
  duplicates: number;
  /** Accepted rows whose email matched a stored contact. */
  matchedContacts: number;
  rejected: EventHistoryRejection[];
  /** File-level findings: ambiguous dates, unrecognized reply statuses, reader warnings. */
  warnings: string[];
}

const defaultSource = 'csv-history';

/** Rows listed in a warning about outcomes dated before their send; the count covers them all. */
const listedRows = 10;

function beforeSendWarning(column: string, sentColumn: string, file: string, rowNumbers: readonly number[]): string {
  const count = rowNumbers.length;
  const listed = rowNumbers.slice(0, listedRows).join(', ') + (count > listedRows ? `, ... ${count - listedRows} more` : '');
  return `${column} is before the send (${sentColumn}) in ${count} row${count === 1 ? '' : 's'} of ${file} (row${count === 1 ? '' : 's'} ${listed}): kept as dated; check the file if that is a mistake.`;
}

/**
 * Imports past campaign results from a CSV (or TSV, ...) file, one row per sent message, so the
 * learning loop starts from history. Columns are found by name (email, campaign, angle/template/
 * variant, channel, segment, sent at, opened, clicked, replied, replied at, reply sentiment/status,
 * meeting booked, bounced, unsubscribed, lead status; lemlist's `emailsSent`, `emailsOpened`,
 * `emailsReplied`, `lastRepliedDate`, `leadStatus`, `firstContactedDate` too), or given in `mapping`.
 *
 * Each accepted row becomes a `sent` event plus one event per outcome it shows. Event ids are
 * deterministic: `<message id>:<type>`, where the message id is the file's message-id column or a
 * hash of (contact email or id, campaign, send time, angle, channel). Importing the same file again
 * adds nothing, and a later export of the same campaign adds only the outcomes that are new (a
 * reply that came since). Outcomes without their own time (opened, clicked, ...) are dated at the
 * send. A lemlist-style row counts the lead's sequence in the campaign as one message.
 *
 * Rows that cannot be read (no or unreadable send date, an outcome cell that is neither yes/no, a
 * count nor a date, `emailsSent` 0, a broken row) are rejected with file, row and reason. Contacts
 * are matched by email to the tenant's stored contacts. All events are stored in one call: all
 * land, or none.
 *
 * @throws CompoundError `mapping-invalid` when no column gives the send date or `mapping` names a
 *   missing column; file errors of `readDelimited` (`file-not-found`, `file-empty`, ...).
 * @example
 * const result = await importEventHistory(store.forTenant('acme'), 'q1-campaigns.csv');
 * // → { rows: 420, messages: 418, events: 1012, inserted: 1012, duplicates: 0, rejected: [{ row: 17, reason: '...' }], ... }
 */
export async function importEventHistory(
  store: TenantStore,
  file: string | DelimitedInput,
  options: ImportEventHistoryOptions = {},
): Promise<EventHistoryImport> {
  const source = options.source ?? defaultSource;
  const delimited = await readDelimited(typeof file === 'string' ? { path: file } : file, options.read);
  const fileName = delimited.file;
  const columns = detectHistoryColumns(delimited.header, fileName, options.mapping);
  const featureColumns = options.featureColumns ?? [];
  for (const name of featureColumns) {
    if (!delimited.header.includes(name)) {
      throw new CompoundError({
        code: 'mapping-invalid',
        message: `featureColumns names "${name}", which ${fileName} does not have.`,
        context: { file: fileName, field: name },
      });
    }
  }
  const usedColumns = new Set<string>([...Object.values(columns), ...featureColumns]);
  const unusedColumns = delimited.header.filter((name) => name !== '' && !usedColumns.has(name));
  const indexOf = new Map<string, number>();
  delimited.header.forEach((name, index) => {
    if (!indexOf.has(name)) indexOf.set(name, index);
  });

  const rejected: EventHistoryRejection[] = [];
  const accepted: Array<{ row: number; cells: string[] }> = [];
  let rows = 0;
  let blankRows = 0;
  for await (const row of delimited.rows()) {
    // All empty, even with more delimiters than the header: nothing is lost by skipping it.
    if (row.cells.every((cell) => cell.trim() === '')) {
      blankRows += 1;
      continue;
    }
    rows += 1;
    if (row.error !== undefined) {
      const rejection: EventHistoryRejection = { file: fileName, row: row.row, reason: row.error.reason };
      if (row.error.field !== undefined) rejection.field = row.error.field;
      rejected.push(rejection);
    } else {
      accepted.push({ row: row.row, cells: row.cells });
    }
  }
  const warnings = delimited.warnings().map((warning) => warning.message);

  const serialFields = new Set<HistoryField>();
  const dateColumns = (['sentAt', 'repliedAt', 'interestedAt'] as const).flatMap((field) => {
    const index = columns[field] === undefined ? undefined : indexOf.get(columns[field]);
    if (index === undefined) return [];
    // A column of Excel serials (45935.375) only: read as serials, and left out of the slash-date detection.
    if (excelSerialColumn(accepted.map((row) => row.cells[index] ?? ''))) {
      serialFields.add(field);
      return [];
    }
    return [index];
  });
  const dateValues = function* (): Generator<string> {
    for (const row of accepted) for (const index of dateColumns) yield row.cells[index] ?? '';
  };
  let dateOrder = options.dateOrder ?? detectDateOrder(dateValues());
  if (dateOrder === undefined) {
    dateOrder = 'mdy';
    const ambiguous = [...dateValues()].some((value) => /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}/.test(value.trim()));
    if (ambiguous) warnings.push(`Slash dates in ${fileName} could be day-first or month-first; read them month-first. Pass dateOrder: 'dmy' if they are day-first.`);
  }

  const contactsByEmail = new Map<string, StoredContact>();
  if (columns.email !== undefined) {
    for (const contact of await store.contacts.list()) {
      for (const email of contact.record.emails) {
        const key = email.address.toLowerCase();
        if (!contactsByEmail.has(key)) contactsByEmail.set(key, contact);
      }
    }
  }

  const unknownSentiments = new Map<string, number>();
  const beforeSend = new Map<HistoryField, number[]>();
  const events: OutcomeEvent[] = [];
  const messages = new Set<string>();
  let matchedContacts = 0;
  for (const { row, cells } of accepted) {
    const context: RowContext = { cells, columns, indexOf };
    try {
      const built = rowEvents(context, { source, dateOrder, serialFields, contactsByEmail, options, featureColumns, unknownSentiments });
      // Identical rows describe one message; the hash keeps ids short and free of personal data.
      const messageId = built.messageId ?? `history:${createHash('sha256').update(built.key).digest('hex').slice(0, 24)}`;
      messages.add(messageId);
      if (built.matched) matchedContacts += 1;
      for (const field of built.beforeSend) beforeSend.set(field, [...(beforeSend.get(field) ?? []), row]);
      for (const event of built.events) events.push({ ...event, messageId, externalId: `${messageId}:${event.type}` });
    } catch (error: unknown) {
      if (!(error instanceof RowRejected)) throw error;
      const rejection: EventHistoryRejection = { file: fileName, row, reason: error.reason };
      if (error.field !== undefined) rejection.field = error.field;
      rejected.push(rejection);
    }
  }
  for (const [value, count] of unknownSentiments) {
    warnings.push(`Reply status "${value}" (${count} row${count === 1 ? '' : 's'}) was not recognized; counted as a reply of neutral sentiment.`);
  }
  for (const [field, rowNumbers] of beforeSend) warnings.push(beforeSendWarning(columns[field] ?? field, columns.sentAt ?? 'sentAt', fileName, rowNumbers));
  const { inserted, duplicates } = events.length === 0 ? { inserted: 0, duplicates: 0 } : await store.events.add(events);
  rejected.sort((a, b) => a.row - b.row);
  return { file: fileName, source, columns, unusedColumns, rows, blankRows, messages: messages.size, events: events.length, inserted, duplicates, matchedContacts, rejected, warnings };
}
