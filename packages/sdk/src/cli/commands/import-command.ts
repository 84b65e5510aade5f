import type { Compound } from '../../embedded/create-compound.js';
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
    const progress = createProgressDisplay(io);
    // Ctrl-C (and SIGTERM, which `pnpm compound` sends its child on Ctrl-C): the import's one
    // transaction cannot be cancelled from here, and need not be: exiting before it commits leaves
    // the store as it was (PostgreSQL rolls back the dropped connection's transaction; PGlite never
    // wrote its commit), and the workspace lock is released on exit.
    const stop = (signal: NodeJS.Signals) => {
      progress.done();
      io.stderr(
        `compound: import stopped (${signal === 'SIGINT' ? 'Ctrl-C' : signal}): nothing of it was saved, the store is as it was; run it again to import ${file}\n`,
      );
      process.exit(exitCodes.interrupted);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    let compound: Compound | undefined;
    try {
      const opened = await open();
      compound = opened;
      const report = await opened.importFile(resolve(file), {
        playbook: args.playbook ? resolve(args.playbook) : undefined,
        map: args.map,
        fieldTypes: args.fieldTypes,
        country: args.country,
        onProgress: progress.listener,
        onWait: () => io.stderr(`Another import into tenant "${opened.tenant}" is running: waiting for it to finish...\n`),
      });
      progress.done();
      io.stdout(args.json ? `${JSON.stringify(report, null, 2)}\n` : formatImportReport(report));
      // Every row rejected: nothing imported, a failure of the input (exit 1), though the report is printed.
      return report.imported === 0 && report.rejected.length > 0 ? exitCodes.failure : exitCodes.success;
    } finally {
      process.removeListener('SIGINT', stop);
      process.removeListener('SIGTERM', stop);
      progress.done();
      await compound?.close();
    }
  },
};
