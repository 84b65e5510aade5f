import { createHash } from 'node:crypto';
import { readDelimited, type DelimitedInput, type ReadDelimitedOptions } from '../../contacts/import/parse-delimited.js';
import { CompoundError } from '../../errors/compound-error.js';
import type { StoredCompany, StoredContact, TenantStore } from '../../store/store.js';
import type { Channel, OutcomeEvent } from '../outcome-event.js';
import { detectEventColumns } from './detect-event-columns.js';
import { detectHistoryColumns, type HistoryColumns, type HistoryField } from './detect-history-columns.js';
import { eventRowsEvents, type EventRowsResult, type EventTypeCount } from './history-event-rows.js';
import { eventExternalId, RowRejected, rowEvents, type DateColumnFormat, type RowContext, type RowSettings } from './history-row-events.js';
import type { SendProfile } from './send-profile.js';
import { ambiguousDateOrderWarning, inferHistoryDateOrder } from './infer-history-date-order.js';
import { epochTimeColumn, excelSerialColumn, type DateOrder } from './parse-history-date.js';
import { findLayoutOverlaps, historyLayoutAttribute, type HistoryLayout, type LayoutOverlap } from './find-layout-overlaps.js';
import { requireTimeZone } from './zoned-clock.js';

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
  /** Segment of a contact matched by email, for files without a segment column (when `segmentOfProfile` is not given). */
  segmentOf?: (contact: StoredContact) => string | undefined;
  /**
   * Segment of a send from its recipient's profile, for files without a segment column: the matched
   * contact's seniority, function, company size, industry and country (its company's where the
   * contact has none), completed by the row's own columns (title, seniority, company size, industry,
   * country) where the contact lacks them; the stored contact's values win. Called for every row
   * whose contact is known or whose own columns say something, in place of `segmentOf`. The row's
   * values the contact lacks are also stored in the sent event's attributes (`seniority`,
   * `function`, `employees`, `industry`, `country`), for the reply model and the insights.
   */
  segmentOfProfile?: (profile: SendProfile) => string | undefined;
  /**
   * Extra columns copied into the sent event's attributes (the reply model's features); numbers stay numbers.
   * The attribute `historyLayout` is the import's own (the file's layout, see `findLayoutOverlaps`).
   */
  featureColumns?: readonly string[];
  /** Order of slash dates. Default: detected from the file (`25/03` → `dmy`), else `dmy` for dotted dates (`02.03.2026`), else `mdy` with a warning. */
  dateOrder?: DateOrder;
  /**
   * The zone (IANA name) of times written without an offset (`2026-03-02 09:15`): the clock the file
   * was exported on, usually the user's. Default UTC. Offsets and regions written in a cell win;
   * a date alone stays a day without an hour.
   */
  timeZone?: string;
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
  /** File-level findings: ambiguous dates, unrecognized reply statuses, events without their send, reader warnings. */
  warnings: string[];
  /**
   * How the file was read: `row-per-message` (one row per sent message or per lead: campaign-results
   * sheets, lemlist's lead export) or `row-per-event` (an event type column, one row per event:
   * HubSpot's email events, lemlist's activities).
   */
  layout: 'row-per-message' | 'row-per-event';
  /** Per-event files: every event type value, its row count and what it was read as; empty otherwise. */
  eventTypes: EventTypeCount[];
  /** Event type values Compound does not know, with their row count: those rows were not read. */
  unknownEventTypes: Array<{ value: string; rows: number }>;
  /**
   * Per-event files: messages with events but no sent event in the file, and those events' rows.
   * Their events are stored, and count once an import brings the send.
   */
  withoutSend: { messages: number; rows: number[] };
  /** The zone times written without an offset were read in (the `timeZone` option; UTC by default). */
  timeZone: string;
  /** Date cells with a time of day and no zone, read on the `timeZone` clock (a date alone is not counted). */
  zonelessTimes: number;
}

const defaultSource = 'csv-history';

/** Data rows whose event type column decides whether the file has one row per event. */
const layoutSample = 500;

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
 * deterministic: `<message id>:<type>` (`:replied:positive` / `:replied:out-of-office` for such replies, see `eventExternalId`), where the message id is the file's message-id column or a
 * hash of (contact email or id, campaign, send time, angle, channel). Importing the same file again
 * adds nothing, and a later export of the same campaign adds only the outcomes that are new (a
 * reply that came since, or a reply since marked interested). Outcomes without their own time (opened, clicked, ...) are dated at the
 * send. A lemlist-style row counts the lead's sequence in the campaign as one message.
 *
 * A file of one row per event (an event type column whose values are event kinds: HubSpot's email
 * events `SENT`/`OPEN`/`CLICK`/..., lemlist's activities `emailsSent`/`emailsReplied`/...; see
 * `detectEventColumns`) is read event by event and grouped into messages (`eventRowsEvents`), with
 * the same event types and ids; `layout` says which reading was used.
 *
 * A named campaign's history comes from one layout: when the tenant holds its sends from a file of the
 * other layout (a lemlist lead export, then its activity export), the rows of that campaign are
 * rejected, with a warning naming the campaign, as they would count each send twice (see
 * `findLayoutOverlaps`). Sent events carry the file's layout in `attributes.historyLayout`.
 *
 * Rows that cannot be read (no or unreadable send date, an outcome cell that is neither yes/no, a
 * count nor a date, `emailsSent` 0, a broken row) are rejected with file, row and reason. Contacts
 * are matched by email to the tenant's stored contacts. All events are stored in one call: all
 * land, or none.
 *
 * @throws CompoundError `mapping-invalid` when no column gives the send date, a per-event file has no
 *   recipient (email, contact id or message id) column, or `mapping` names a missing column; file
 *   errors of `readDelimited` (`file-not-found`, `file-empty`, ...).
 * @example
 * const result = await importEventHistory(store.forTenant('acme'), 'q1-campaigns.csv');
 * // → { rows: 420, messages: 418, events: 1012, inserted: 1012, duplicates: 0, rejected: [{ row: 17, reason: '...' }], ... }
 */
export async function importEventHistory(
  store: TenantStore,
  file: string | DelimitedInput,
  given: ImportEventHistoryOptions = {},
): Promise<EventHistoryImport> {
  // Checked before the file is read: a misspelt zone would otherwise misplace every time in it.
  const options = given.timeZone === undefined ? given : { ...given, timeZone: requireTimeZone(given.timeZone, 'timeZone') };
  const source = options.source ?? defaultSource;
  const delimited = await readDelimited(typeof file === 'string' ? { path: file } : file, options.read);
  const fileName = delimited.file;
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
  const eventColumns = detectEventColumns(
    delimited.header,
    fileName,
    options.mapping ?? {},
    accepted.slice(0, layoutSample).map((row) => row.cells),
  );
  const columns: HistoryColumns = eventColumns ?? detectHistoryColumns(delimited.header, fileName, options.mapping);
  if (eventColumns !== undefined && columns.email === undefined && columns.contactId === undefined && columns.messageId === undefined) {
    // Nothing ties an event to its message: every row would be rejected for the same reason.
    throw new CompoundError({
      code: 'mapping-invalid',
      message: `${fileName} has one row per event (event type in "${columns.eventType ?? 'eventType'}") but no recipient column (looked for email, recipient, contact email, lead id, message id, ...), so no event can be tied to its message; pass mapping.email with the column's header (on the command line: --map COLUMN=email).`,
      context: { file: fileName, field: 'email' },
    });
  }
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
  const indexOf = new Map<string, number>();
  delimited.header.forEach((name, index) => {
    if (!indexOf.has(name)) indexOf.set(name, index);
  });
  const warnings = delimited.warnings().map((warning) => warning.message);

  const formats = new Map<HistoryField, DateColumnFormat>();
  const dateFields: readonly HistoryField[] = eventColumns === undefined ? ['sentAt', 'repliedAt', 'interestedAt'] : ['occurredAt'];
  const dateColumns = dateFields.flatMap((field) => {
    const index = columns[field] === undefined ? undefined : indexOf.get(columns[field]);
    if (index === undefined) return [];
    const values = accepted.map((row) => row.cells[index] ?? '');
    // A column of Excel serials (45935.375), or of Unix times (HubSpot's `created`, Python's
    // time()), only: read as such, and left out of the slash-date detection.
    if (excelSerialColumn(values)) formats.set(field, 'excel-serial');
    else if (epochTimeColumn(values)) formats.set(field, 'unix-time');
    else return [index];
    return [];
  });
  const dateValues = function* (): Generator<string> {
    for (const row of accepted) for (const index of dateColumns) yield row.cells[index] ?? '';
  };
  let dateOrder = options.dateOrder;
  if (dateOrder === undefined) {
    // The first slash date that reads one way only decides; with none, month-first (dotted dates day-first), and a warning when some read both ways.
    const inferred = inferHistoryDateOrder(dateValues());
    dateOrder = inferred.order;
    if (inferred.ambiguous !== undefined) warnings.push(ambiguousDateOrderWarning(fileName));
  }

  const contactsByEmail = new Map<string, StoredContact>();
  const companies = new Map<string, StoredCompany>();
  if (columns.email !== undefined) {
    // A contact's company fills its profile's size, industry and country.
    for (const company of await store.companies.list()) companies.set(company.id, company);
    for (const contact of await store.contacts.list()) {
      for (const email of contact.record.emails) {
        const key = email.address.toLowerCase();
        if (!contactsByEmail.has(key)) contactsByEmail.set(key, contact);
      }
    }
  }

  const layout: HistoryLayout = eventColumns === undefined ? 'row-per-message' : 'row-per-event';
  // Counted afresh by each build (the rows are read again when some are set aside below).
  const zoneless = { count: 0 };
  const build = (rowsToRead: typeof accepted): EventRowsResult => {
    zoneless.count = 0;
    return eventColumns === undefined
      ? messageRowsEvents(rowsToRead, { source, dateOrder, dateFormats: formats, contactsByEmail, companies, options, featureColumns, unknownSentiments: new Map(), zoneless }, columns, indexOf, fileName)
      : eventRowsEvents(rowsToRead, { file: fileName, source, columns: eventColumns, indexOf, dateOrder, timeFormat: formats.get('occurredAt') ?? 'text', contactsByEmail, companies, options, featureColumns, zoneless });
  };
  let fromRows = build(accepted);
  // Event types count every row of the file, those of a campaign set aside below too.
  const { eventTypes } = fromRows;
  const campaigns = [...new Set(fromRows.events.flatMap((event) => (event.type === 'sent' && event.campaign !== undefined && event.campaign !== '' ? [event.campaign] : [])))];
  const overlaps = campaigns.length > 0 ? findLayoutOverlaps(await store.events.list({ types: ['sent'], campaigns }), fromRows.events, layout) : [];
  if (overlaps.length > 0) {
    // The campaign's sends are stored at the other file's grain: its rows here would count them again.
    const skipped = new Map(overlaps.map((overlap) => [overlap.campaign, { overlap, rows: [] as number[] }]));
    const campaignIndex = columns.campaign === undefined ? undefined : indexOf.get(columns.campaign);
    const kept = accepted.filter(({ row, cells }) => {
      const campaign = (campaignIndex === undefined ? '' : (cells[campaignIndex] ?? '').trim()) || options.defaults?.campaign;
      const skip = campaign === undefined ? undefined : skipped.get(campaign);
      skip?.rows.push(row);
      return skip === undefined;
    });
    fromRows = build(kept);
    for (const { overlap, rows: rowNumbers } of skipped.values()) {
      const rejection = overlapRejection(overlap, layout);
      for (const row of rowNumbers) rejected.push({ file: fileName, row, reason: rejection, ...(columns.campaign === undefined ? {} : { field: columns.campaign }) });
      warnings.push(overlapWarning(overlap, layout, fileName, rowNumbers));
    }
  }
  // Each sent event names its file's layout, so a later import of the other layout can tell (see findLayoutOverlaps).
  const events = fromRows.events.map((event) => (event.type === 'sent' ? { ...event, attributes: { ...event.attributes, [historyLayoutAttribute]: layout } } : event));
  // A message id column that tied no events together was set aside: not used.
  if (fromRows.unlinkedMessageIds === true) delete columns.messageId;
  const usedColumns = new Set<string>([...Object.values(columns), ...featureColumns]);
  const unusedColumns = delimited.header.filter((name) => name !== '' && !usedColumns.has(name));
  // One by one: a spread of 200,000+ rejections overflows the call stack.
  for (const rejection of fromRows.rejected) rejected.push(rejection);
  for (const warning of fromRows.warnings) warnings.push(warning);
  const { inserted, duplicates } = events.length === 0 ? { inserted: 0, duplicates: 0 } : await store.events.add(events);
  rejected.sort((a, b) => a.row - b.row);
  return {
    file: fileName,
    source,
    layout,
    columns,
    unusedColumns,
    rows,
    blankRows,
    messages: fromRows.messages,
    events: events.length,
    inserted,
    duplicates,
    matchedContacts: fromRows.matchedContacts,
    rejected,
    warnings,
    eventTypes,
    unknownEventTypes: eventTypes.filter((type) => type.readAs === 'unknown').map(({ value, rows: count }) => ({ value, rows: count })),
    withoutSend: fromRows.withoutSend,
    timeZone: options.timeZone ?? 'UTC',
    zonelessTimes: zoneless.count,
  };
}

/** What a file of each layout is, in reports: its grain, then examples. */
const layoutNames: Record<HistoryLayout, { grain: string; examples: string }> = {
  'row-per-message': { grain: 'one row per sent message or per lead', examples: 'a results sheet, a lemlist lead export' },
  'row-per-event': { grain: 'one row per event', examples: 'an activity or email-events export' },
};

function overlapRejection(overlap: LayoutOverlap, layout: HistoryLayout): string {
  const messages = `${overlap.storedMessages.toLocaleString('en-US')} sent message${overlap.storedMessages === 1 ? '' : 's'}`;
  return `campaign "${overlap.campaign}" is already imported from a file of ${layoutNames[overlap.storedLayout].grain} (${messages}); this file of ${layoutNames[layout].grain} would count its sends twice`;
}

function overlapWarning(overlap: LayoutOverlap, layout: HistoryLayout, file: string, rowNumbers: readonly number[]): string {
  const count = rowNumbers.length;
  const listed = rowNumbers.slice(0, listedRows).join(', ') + (count > listedRows ? `, ... ${count - listedRows} more` : '');
  const stored = layoutNames[overlap.storedLayout];
  const here = layoutNames[layout];
  return `Campaign "${overlap.campaign}": ${count} row${count === 1 ? '' : 's'} of ${file} not imported (row${count === 1 ? '' : 's'} ${listed}). The workspace holds its history from a file of ${stored.grain} (${stored.examples}); a file of ${here.grain} (${here.examples}) describes the same sends at another grain, so each would count twice. Import one layout per campaign; to use this file instead, import it into a new workspace.`;
}

/** The events of a row-per-message file: each accepted row is one message (identical rows one). */
function messageRowsEvents(
  accepted: ReadonlyArray<{ row: number; cells: string[] }>,
  settings: RowSettings,
  columns: HistoryColumns,
  indexOf: Map<string, number>,
  fileName: string,
): EventRowsResult {
  const beforeSend = new Map<HistoryField, number[]>();
  const events: OutcomeEvent[] = [];
  const messages = new Set<string>();
  const rejected: EventHistoryRejection[] = [];
  const warnings: string[] = [];
  let matchedContacts = 0;
  for (const { row, cells } of accepted) {
    const context: RowContext = { cells, columns, indexOf };
    try {
      const built = rowEvents(context, settings);
      // Identical rows describe one message; the hash keeps ids short and free of personal data.
      const messageId = built.messageId ?? `history:${createHash('sha256').update(built.key).digest('hex').slice(0, 24)}`;
      messages.add(messageId);
      if (built.matched) matchedContacts += 1;
      for (const field of built.beforeSend) beforeSend.set(field, [...(beforeSend.get(field) ?? []), row]);
      for (const event of built.events) events.push({ ...event, messageId, externalId: eventExternalId(messageId, event.type, event.sentiment) });
    } catch (error: unknown) {
      if (!(error instanceof RowRejected)) throw error;
      const rejection: EventHistoryRejection = { file: fileName, row, reason: error.reason };
      if (error.field !== undefined) rejection.field = error.field;
      rejected.push(rejection);
    }
  }
  for (const [value, count] of settings.unknownSentiments) {
    warnings.push(`Reply status "${value}" (${count} row${count === 1 ? '' : 's'}) was not recognized; counted as a reply of neutral sentiment.`);
  }
  for (const [field, rowNumbers] of beforeSend) warnings.push(beforeSendWarning(columns[field] ?? field, columns.sentAt ?? 'sentAt', fileName, rowNumbers));
  return { events, messages: messages.size, matchedContacts, rejected, warnings, eventTypes: [], withoutSend: { messages: 0, rows: [] } };
}
