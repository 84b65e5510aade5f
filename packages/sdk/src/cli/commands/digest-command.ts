import { digestWeek } from '@compound/core';
import type { Compound } from '../../embedded/create-compound.js';
import type { Command } from '../command.js';
import { CliUsageError } from '../usage-error.js';

/**
 * Why there is no digest, in words: the week asked had no sends, and which week last had some. An
 * old week is named, never shown in place of the one asked for.
 */
async function noDigestText(compound: Compound, week: string | undefined, given: string | undefined): Promise<string> {
  const latest = await compound.digest({ week: 'latest', timeZone: given });
  if (!latest) return 'No sends recorded yet: no digest. Import campaign results with `compound events import <file>`.\n';
  // Weeks as the digest reads them: on the user's clock.
  const timeZone = await compound.timeZone(given);
  const asked = digestWeek([], { week, timeZone });
  const empty = week === undefined ? `No sends last week (${asked?.weekStart} to ${asked?.weekEnd})` : `No sends in the week of ${asked?.weekStart} to ${asked?.weekEnd}`;
  const current = digestWeek([{ sentAt: new Date().toISOString() }], { week: 'latest', timeZone });
  const last = latest.weekStart === current?.weekStart ? 'This week (in progress) has sends' : `Your last week with sends was ${latest.weekStart} to ${latest.weekEnd}`;
  return `${empty}: no digest.\n${last}: see it with \`compound digest --week ${latest.weekStart}\`.\n`;
}

/** A `--week` of the wrong form (`last`, `2026-02-30`) is a usage mistake, said before the workspace opens. */
function checkWeek(week: string | undefined): void {
  try {
    digestWeek([], { week });
  } catch (error) {
    throw new CliUsageError(`--week: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** `compound digest`: the weekly digest (nothing for an empty week). */
export const digestCommand: Command = {
  usage: 'digest [--week YYYY-MM-DD|latest] [--target positive-reply|meeting|reply] [--timezone ZONE] [--json]',
  summary: 'the weekly digest of last week (or --week): replies vs the week before, top and weakest segments, recommended adjustments',
  whenInterrupted: 'it only reads the workspace, nothing was changed',
  async run({ args, io, open }) {
    checkWeek(args.week);
    const compound = await open();
    try {
      const digest = await compound.digest({ target: args.target, week: args.week, timeZone: args.timeZone });
      if (digest) {
        io.stdout(args.json ? `${JSON.stringify(digest, null, 2)}\n` : `${digest.text.trimEnd()}\n`);
        return 0;
      }
      const text = await noDigestText(compound, args.week, args.timeZone);
      // JSON stays `null` for an empty week; the explanation goes to standard error.
      if (args.json) {
        io.stdout('null\n');
        io.stderr(text);
      } else io.stdout(text);
      return 0;
    } finally {
      await compound.close();
    }
  },
};
