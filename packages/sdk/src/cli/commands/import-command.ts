import type { Command } from '../command.js';
import { CliUsageError, exitCodes } from '../usage-error.js';
import { formatImportReport } from '../format-import-report.js';
import { createProgressDisplay } from '../progress-display.js';

/** `compound import <file>`: import, dedup, fit, report. */
export const importCommand: Command = {
  usage: 'import <file> [--playbook F] [--map col=field]... [--field col:type]... [--country CC] [--json]',
  summary: 'import a CSV/TSV contact list: map, normalize, dedup, score ICP fit, report',
  async run({ args, io, open, resolve }) {
    const file = args.positionals[0];
    if (!file) throw new CliUsageError('import needs a file: compound import <file>');
    const compound = await open();
    const progress = createProgressDisplay(io);
    try {
      const report = await compound.importFile(resolve(file), {
        playbook: args.playbook ? resolve(args.playbook) : undefined,
        map: args.map,
        fieldTypes: args.fieldTypes,
        country: args.country,
        onProgress: progress.listener,
        onWait: () => io.stderr(`Another import into tenant "${compound.tenant}" is running: waiting for it to finish...\n`),
      });
      progress.done();
      io.stdout(args.json ? `${JSON.stringify(report, null, 2)}\n` : formatImportReport(report));
      // Every row rejected: nothing imported, a failure of the input (exit 1), though the report is printed.
      return report.imported === 0 && report.rejected.length > 0 ? exitCodes.failure : exitCodes.success;
    } finally {
      progress.done();
      await compound.close();
    }
  },
};
