import type { Command } from '../command.js';
import { countNoun } from '../count-noun.js';

/** `compound insights`: claims that pass a corrected significance test, and where data is short. */
export const insightsCommand: Command = {
  usage: 'insights [--target positive-reply|meeting|reply] [--json]',
  summary: 'what your outcomes show: effect sizes with intervals, n and corrected tests; "not enough data" where it is short',
  async run({ args, io, open }) {
    const compound = await open();
    try {
      const result = await compound.insights({ target: args.target });
      if (args.json) {
        io.stdout(`${JSON.stringify(result, null, 2)}\n`);
        return 0;
      }
      if (result.sends === 0) {
        io.stdout('No outcomes yet: import past results with `compound events import <file>`.\n');
        return 0;
      }
      const lines = [`From ${countNoun(result.sends, 'send', 'sends')}:`];
      for (const insight of result.insights) lines.push(`  • ${insight.text}`);
      if (result.insights.length === 0) lines.push('  No pattern passes the significance check yet.');
      io.stdout(`${lines.join('\n')}\n`);
      return 0;
    } finally {
      await compound.close();
    }
  },
};
