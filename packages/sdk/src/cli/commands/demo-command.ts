import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CompoundError } from '@compound/core';
import type { Command } from '../command.js';
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

/** `compound demo`: the first experience end to end on the embedded database. */
export const demoCommand: Command = {
  usage: 'demo [--workspace DIR] [--json]',
  summary: 'import the example messy list with the example playbook (embedded database) and show the report',
  async run({ args, io, open, resolve }) {
    const examples = findExamples();
    if (!examples) {
      throw new CompoundError({ code: 'file-not-found', message: 'the demo needs examples/contacts.csv and examples/playbook.md from the Compound repository' });
    }
    const workspace = resolve(args.workspace ?? join('.compound', 'demo'));
    await rm(join(workspace, 'db'), { recursive: true, force: true });
    const compound = await open({ workspace, embedded: true });
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
      const shown = relative(io.cwd, workspace) || '.';
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
