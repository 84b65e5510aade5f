import type { Command } from '../command.js';
import { formatInsights } from '../format-insights.js';

/** `compound insights`: claims that pass a corrected significance test, and where data is short. */
export const insightsCommand: Command = {
  usage: 'insights [--target positive-reply|meeting|reply] [--all] [--timezone ZONE] [--json]',
  summary: 'what your outcomes show: effect sizes with intervals, n and corrected tests; "not enough data" where it is short, one line per dimension (--all: each)',
  whenInterrupted: 'it only reads the workspace, nothing was changed',
  async run({ args, io, open }) {
    const compound = await open();
    try {
      const result = await compound.insights({ target: args.target, timeZone: args.timeZone });
      if (args.json) {
        io.stdout(`${JSON.stringify(result, null, 2)}\n`);
        return 0;
      }
      if (result.sends === 0) {
        io.stdout('No outcomes yet: import past results with `compound events import <file>`.\n');
        return 0;
      }
      const text = formatInsights(result, { all: args.all });
      // A meetings-only history: "positive replies" in the claims are booked meetings.
      const note =
        !result.repliesTracked && args.target !== 'meeting'
          ? `Replies are not tracked in your history (no send has a reply recorded, only meetings booked): ${args.target === 'reply' ? 'reply rates are not known' : 'positive replies here count booked meetings only'}.\n\n`
          : '';
      // Send days and hours are the user's clock: say whose, where a statement names one.
      const timed = result.insights.some((insight) => insight.dimension === 'send-day' || insight.dimension === 'send-hour');
      const clock = timed ? `\nSend days and hours are on ${result.timeZone} time (--timezone, or the playbook's timeZone, changes it).\n` : '';
      io.stdout(note + text + clock);
      return 0;
    } finally {
      await compound.close();
    }
  },
};
