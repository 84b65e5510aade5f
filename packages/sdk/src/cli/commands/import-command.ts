import { CompoundError } from '@compound/core';
import type { Command } from '../command.js';
import { formatImportReport } from '../format-import-report.js';
import { createProgressDisplay } from '../progress-display.js';

/** `compound import <file>`: import, dedup, fit, report. */
export const importCommand: Command = {
  usage: 'import <file> [--playbook F] [--map col=field]... [--field col:type]... [--country CC] [--json]',
  summary: 'import a CSV/TSV contact list: map, normalize, dedup, score ICP fit, report',
  async run({ args, io, open, resolve }) {
    const file = args.positionals[0];
    if (!file) throw new CompoundError({ code: 'invalid-argument', message: 'import needs a file: compound import <file>' });
    const compound = await open();
    const progress = createProgressDisplay(io);
    try {
      const report = await compound.importFile(resolve(file), {
        playbook: args.playbook ? resolve(args.playbook) : undefined,
        map: args.map,
        fieldTypes: args.fieldTypes,
        country: args.country,
        onProgress: progress.listener,
      });
      progress.done();
      io.stdout(args.json ? `${JSON.stringify(report, null, 2)}\n` : formatImportReport(report));
      return 0;
    } finally {
      progress.done();
      await compound.close();
    }
  },
};
