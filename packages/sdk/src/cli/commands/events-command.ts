import { CompoundError } from '@compound/core';
import type { Command } from '../command.js';

/** `compound events import <file>`: past campaign results as outcome events. */
export const eventsCommand: Command = {
  usage: 'events import <file> [--json]',
  summary: 'import past campaign results (one row per sent message) as outcome events; re-importing adds nothing',
  async run({ args, io, open, resolve }) {
    const [action, file] = args.positionals;
    if (action !== 'import' || !file) {
      throw new CompoundError({ code: 'invalid-argument', message: 'usage: compound events import <file>' });
    }
    const compound = await open();
    try {
      const result = await compound.importEvents(resolve(file));
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
