import type { Command } from '../command.js';
import { countNoun } from '../count-noun.js';

/** `compound forecast`: expected outcomes in the coming weeks, with intervals. */
export const forecastCommand: Command = {
  usage: 'forecast [--weeks N] [--json]',
  summary: 'expected replies and meetings for the coming weeks at your recent volume, with intervals',
  async run({ args, io, open }) {
    const compound = await open();
    try {
      const forecast = await compound.forecast({ weeks: args.weeks });
      if (args.json) {
        io.stdout(`${JSON.stringify(forecast, null, 2)}\n`);
        return 0;
      }
      if (forecast.sends === 0) {
        io.stdout('No outcomes yet: import past results with `compound events import <file>`.\n');
        return 0;
      }
      const volume = forecast.plan.reduce((sum, entry) => sum + entry.sendsPerWeek, 0);
      const weeks = forecast.weeks === 1 ? 'week' : `${forecast.weeks} weeks`;
      const lines = [`Next ${weeks} at ${countNoun(volume, 'send', 'sends')}/week (your last four weeks' pace), ${Math.round(forecast.level * 100)}% intervals:`];
      for (const outcome of forecast.outcomes) {
        const total = outcome.total;
        const { successes, sends } = outcome.history;
        lines.push(
          `  ${outcome.target}: ${total.expected.toFixed(1)} expected [${total.interval[0]}–${total.interval[1]}] (${successes.toLocaleString('en-US')} in ${countNoun(sends, 'send', 'sends')} so far)`,
        );
        for (const week of outcome.perWeek) lines.push(`    week ${week.week}: ${week.expected.toFixed(1)} [${week.interval[0]}–${week.interval[1]}]`);
      }
      io.stdout(`${lines.join('\n')}\n`);
      return 0;
    } finally {
      await compound.close();
    }
  },
};
