import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CompoundError } from '@compound/core';
import type { Command } from '../command.js';
import { CliUsageError } from '../usage-error.js';
import { formatContacts } from '../format-contacts.js';
import { formatImportReport } from '../format-import-report.js';
import { createProgressDisplay } from '../progress-display.js';

/** Finds the repository's examples/ folder (the demo list and playbook) above this file. */
function findExamples(): string | undefined {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 8; depth++) {
    const candidate = join(directory, 'examples');
    if (existsSync(join(candidate, 'contacts.csv')) && existsSync(join(candidate, 'playbook.md'))) return candidate;
    directory = dirname(directory);
  }
  return undefined;
}

/** `path` as the user would type it from `cwd`: relative below it, absolute elsewhere. */
function shownPath(cwd: string, path: string): string {
  const shown = relative(cwd, path);
  if (shown === '') return '.';
  return shown.startsWith('..') || isAbsolute(shown) ? path : shown;
}

/** `word` quoted for a POSIX shell when it holds anything but plain path characters. */
function shellWord(word: string): string {
  return /^[\w./@%+=:,-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

/** `compound demo`: the first experience end to end on the embedded database. */
export const demoCommand: Command = {
  usage: 'demo [--workspace DIR] [--json]',
  summary: 'import the example messy list with the example playbook (embedded database) and show the report',
  whenInterrupted: 'nothing of its import was saved (one transaction); run it again to start the demo afresh',
  async run({ args, io, open, resolve }) {
    const examples = findExamples();
    if (!examples) {
      throw new CompoundError({ code: 'file-not-found', message: 'the demo needs examples/contacts.csv and examples/playbook.md from the Compound repository' });
    }
    if (args.databaseUrl !== undefined) {
      throw new CliUsageError('demo runs on the embedded database: --database-url does not apply to it (pass --workspace DIR to choose its folder)');
    }
    const workspace = resolve(args.workspace ?? join('.compound', 'demo'));
    // A new database, made under the workspace's lock: never pulled from under another process.
    const compound = await open({ workspace, embedded: true, fresh: true });
    const progress = createProgressDisplay(io);
    try {
      const report = await compound.importFile(join(examples, 'contacts.csv'), {
        playbook: join(examples, 'playbook.md'),
        onProgress: progress.listener,
      });
      progress.done();
      const top = await compound.contacts({ top: 10 });
      if (args.json) {
        io.stdout(`${JSON.stringify({ workspace, report, top }, null, 2)}\n`);
        return 0;
      }
      const shown = shellWord(shownPath(io.cwd, workspace));
      io.stdout(`${formatImportReport(report)}\nTop 10 contacts by ICP fit:\n${formatContacts(top)}`);
      io.stdout(
        [
          '',
          `The demo workspace is ${shown}. Next:`,
          `  pnpm compound contacts --workspace ${shown} --top 25`,
          `  pnpm compound export --workspace ${shown} --out contacts.clean.csv`,
          `  pnpm compound import <your-file.csv> --playbook examples/playbook.md`,
          '',
        ].join('\n'),
      );
      return 0;
    } finally {
      progress.done();
      await compound.close();
    }
  },
};
