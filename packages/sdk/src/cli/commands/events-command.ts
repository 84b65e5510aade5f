import { CompoundError, historyFields, type EventHistoryImport, type HistoryField } from '@compound/core';
import type { Command } from '../command.js';
import { CliUsageError, exitCodes } from '../usage-error.js';
import { countNoun } from '../count-noun.js';
import { onCommandLine } from '../on-command-line.js';

/** Rejected rows listed in the text report; `--json` has them all. */
const listedRejections = 10;

/** `--map column=field` pairs as the history import's field → column mapping; unknown fields are an error. */
function historyMapping(map: Readonly<Record<string, string>>): Partial<Record<HistoryField, string>> {
  const mapping: Partial<Record<HistoryField, string>> = {};
  for (const [column, field] of Object.entries(map)) {
    if (!(historyFields as readonly string[]).includes(field)) {
      throw new CompoundError({
        code: 'mapping-invalid',
        message: `Unknown field "${field}" for column "${column}". Valid fields: ${historyFields.join(', ')}.`,
        context: { field: column },
      });
    }
    mapping[field as HistoryField] = column;
  }
  return mapping;
}

/**
 * The importer names a missing mapped column in API words (`mapping.angle names the column "Nope"`);
 * on the command line the option is `--map Nope=angle`. Other errors pass unchanged.
 */
function mapOptionError(error: unknown, file: string, mapping: Partial<Record<HistoryField, string>>): unknown {
  if (!CompoundError.isInstance(error) || error.code !== 'mapping-invalid') return error;
  const field = error.context.field as HistoryField | undefined;
  const column = field === undefined ? undefined : mapping[field];
  const listed = /\(columns: (.*)\)\.$/s.exec(error.message);
  if (column === undefined || listed === null || !error.message.startsWith(`mapping.${field} names the column`)) return error;
  const option = /\s/.test(column) ? `"${column}=${field}"` : `${column}=${field}`;
  return new CompoundError({
    code: 'mapping-invalid',
    message: `--map ${option}: ${file} has no column "${column}" (its columns: ${listed[1]}). Name one of them, as its header is written.`,
    context: error.context,
    cause: error,
  });
}

/** Per-event files: the layout, what each event type was read as, and the types not read. */
function formatEventTypes(result: EventHistoryImport): string[] {
  const read = result.eventTypes.filter((type) => type.readAs !== 'unknown');
  const kinds = read.map((type) => `${type.value} ×${type.rows.toLocaleString('en-US')} → ${type.readAs === 'not-an-outcome' ? 'not an outcome' : type.readAs}${type.sentiment === undefined ? '' : ` (${type.sentiment})`}`);
  const lines = [`  one row per event (event type in "${result.columns.eventType ?? 'eventType'}"): ${kinds.length > 0 ? kinds.join(', ') : 'no event type Compound knows'}`];
  if (result.unknownEventTypes.length > 0) {
    const listed = result.unknownEventTypes.map((type) => `${type.value} (${countNoun(type.rows, 'row', 'rows')})`);
    lines.push(`  event types not known, rows not read: ${listed.join(', ')}`);
  }
  return lines;
}

/** The text report of an events import: counts, the columns used, rejected rows and warnings. */
function formatEventImport(file: string, result: EventHistoryImport): string[] {
  if (result.rows === 0) {
    const blank = result.blankRows > 0 ? ` (only ${countNoun(result.blankRows, 'blank row', 'blank rows')})` : '';
    return [`${file} has a header but no data rows${blank}: nothing imported.`, ...result.warnings.map((warning) => `  Warning: ${onCommandLine(warning)}`)];
  }
  const accepted = result.rows - result.rejected.length;
  const columns = Object.entries(result.columns).map(([field, column]) => `${column} → ${field}`);
  // With every row rejected there is nothing imported and no row to match to contacts.
  if (accepted === 0) {
    return formatDetails(result, [`Nothing imported from ${file}: ${result.rows === 1 ? 'its only row was' : `all ${result.rows.toLocaleString('en-US')} rows were`} rejected`, `  columns used: ${columns.join(', ')}`]);
  }
  const headline =
    result.events === 0
      ? `Nothing imported from ${file}: no row held a send or an outcome Compound reads (${countNoun(result.rows, 'row', 'rows')} read, 0 events)`
      : `Imported ${file}: ${countNoun(result.rows, 'row', 'rows')} → ${countNoun(result.messages, 'sent message', 'sent messages')}, ${countNoun(result.events, 'event', 'events')} (${result.inserted.toLocaleString('en-US')} new, ${result.duplicates.toLocaleString('en-US')} already known)`;
  return formatDetails(result, [
    headline,
    `  columns used: ${columns.join(', ')}`,
    ...(result.zonelessTimes === 0 ? [] : [`  ${countNoun(result.zonelessTimes, 'time', 'times')} written without a zone read as ${result.timeZone} time (--timezone, or the playbook's timeZone, changes it)`]),
    `  ${result.matchedContacts.toLocaleString('en-US')} of ${countNoun(accepted, 'row', 'rows')} matched ${result.matchedContacts === 1 ? 'a contact' : 'contacts'} in the workspace`,
  ]);
}

/** The rest of a report after its first lines: event types, unused columns, blank and rejected rows, warnings. */
function formatDetails(result: EventHistoryImport, lines: string[]): string[] {
  if (result.layout === 'row-per-event') lines.splice(1, 0, ...formatEventTypes(result));
  if (result.unusedColumns.length > 0) lines.push(`  not used: ${result.unusedColumns.join(', ')}`);
  if (result.blankRows > 0) lines.push(`  ${countNoun(result.blankRows, 'blank row', 'blank rows')} skipped`);
  if (result.rejected.length > 0) {
    lines.push(`  ${countNoun(result.rejected.length, 'row', 'rows')} rejected:`);
    for (const rejected of result.rejected.slice(0, listedRejections)) lines.push(`    row ${rejected.row}: ${rejected.reason}`);
    const unlisted = result.rejected.length - listedRejections;
    if (unlisted > 0) lines.push(`    ... and ${unlisted.toLocaleString('en-US')} more (--json lists them all)`);
  }
  for (const warning of result.warnings) lines.push(`  Warning: ${onCommandLine(warning)}`);
  return lines;
}

/** `compound events import <file>`: past campaign results as outcome events. */
export const eventsCommand: Command = {
  usage: 'events import <file> [--map col=field]... [--date-order dmy|mdy] [--timezone ZONE] [--json]',
  summary: 'import past campaign results (one row per sent message, per lead, or per event) as outcome events; re-importing adds nothing',
  whenInterrupted: 'nothing of it was saved (its events are written in one transaction at the end), the store is as it was; run it again',
  async run({ args, io, open, resolve }) {
    const [action, file] = args.positionals;
    if (action !== 'import' || !file) {
      throw new CliUsageError('usage: compound events import <file>');
    }
    const mapping = historyMapping(args.map);
    const compound = await open();
    try {
      const result = await compound
        .importEvents(resolve(file), { mapping, ...(args.dateOrder ? { dateOrder: args.dateOrder } : {}), ...(args.timeZone ? { timeZone: args.timeZone } : {}) })
        .catch((error: unknown) => {
          throw mapOptionError(error, file, mapping);
        });
      // Rows but no event from any of them (every row rejected, or of event types that are neither a send
      // nor an outcome): the file gave nothing usable, a failure of the input (exit 1), though the report
      // is printed. A re-import (events built, all already stored) is a success.
      const code = result.rows > 0 && result.events === 0 ? exitCodes.failure : exitCodes.success;
      io.stdout(args.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatEventImport(file, result).join('\n')}\n`);
      return code;
    } finally {
      await compound.close();
    }
  },
};
