import { CompoundError, historyFields, type HistoryField } from '@compound/core';
import type { Command } from '../command.js';

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

/** `compound events import <file>`: past campaign results as outcome events. */
export const eventsCommand: Command = {
  usage: 'events import <file> [--map col=field]... [--json]',
  summary: 'import past campaign results (one row per sent message) as outcome events; re-importing adds nothing',
  async run({ args, io, open, resolve }) {
    const [action, file] = args.positionals;
    if (action !== 'import' || !file) {
      throw new CompoundError({ code: 'invalid-argument', message: 'usage: compound events import <file>' });
    }
    const mapping = historyMapping(args.map);
    const compound = await open();
    try {
      const result = await compound.importEvents(resolve(file), { mapping });
      if (args.json) {
        io.stdout(`${JSON.stringify(result, null, 2)}\n`);
        return 0;
      }
      const lines = [
        `Imported ${file}: ${result.rows} rows → ${result.messages} sent messages, ${result.events} events (${result.inserted} new, ${result.duplicates} already known)`,
        `  ${result.matchedContacts} rows matched contacts in the workspace`,
      ];
      if (result.rejected.length > 0) {
        lines.push(`  ${result.rejected.length} ${result.rejected.length === 1 ? 'row' : 'rows'} rejected:`);
        for (const rejected of result.rejected.slice(0, 10)) lines.push(`    row ${rejected.row}: ${rejected.reason}`);
      }
      for (const warning of result.warnings) lines.push(`  Warning: ${warning}`);
      io.stdout(`${lines.join('\n')}\n`);
      return 0;
    } finally {
      await compound.close();
    }
  },
};
