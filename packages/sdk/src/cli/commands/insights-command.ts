import type { Command } from '../command.js';
import { formatInsights } from '../format-insights.js';

/** `compound insights`: claims that pass a corrected significance test, and where data is short. */
export const insightsCommand: Command = {
  usage: 'insights [--target positive-reply|meeting|reply] [--all] [--json]',
  summary: 'what your outcomes show: effect sizes with intervals, n and corrected tests; "not enough data" where it is short, one line per dimension (--all: each)',
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
      io.stdout(formatInsights(result, { all: args.all }));
      return 0;
    } finally {
      await compound.close();
    }
  },
};
