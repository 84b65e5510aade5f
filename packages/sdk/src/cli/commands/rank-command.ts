import { CompoundError } from '@compound/core';
import type { Command } from '../command.js';
import { CliUsageError } from '../usage-error.js';
import { countNoun } from '../count-noun.js';

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

/** What P is the probability of: the target ranked for (a positive reply unless `--target` says otherwise). */
const targetWords = (target: string | undefined): string => (target === 'meeting' ? 'a meeting' : target === 'reply' ? 'a reply' : 'a positive reply');

/**
 * An `--angle` or `--channel` the workspace does not know (refused by the ranking before anything
 * ran) is a mistake of the command line: exit 2, as an unknown option value is. Other errors pass unchanged.
 */
function asUsageError(error: unknown): unknown {
  if (!CompoundError.isInstance(error) || error.code !== 'invalid-argument') return error;
  const field = error.context.field;
  return field === 'angle' || field === 'channel' ? new CliUsageError(error.message, error.context) : error;
}

/** `compound rank`: contacts by expected value, learned from outcomes. */
export const rankCommand: Command = {
  usage: 'rank [--campaign C] [--top N] [--target positive-reply|meeting|reply] [--angle A] [--channel C] [--json]',
  summary: 'rank contacts by expected value (P(target) x value x timing) learned from your outcomes, with reasons',
  whenInterrupted: 'your contacts and events are as they were (rank saves only a snapshot of the models it learns from them, rebuilt on every run); run it again',
  async run({ args, io, open }) {
    const compound = await open();
    try {
      const ranked = await compound
        .rank({ campaign: args.campaign, top: args.top ?? (args.json ? undefined : 20), target: args.target, angle: args.angle, channel: args.channel })
        .catch((error: unknown) => {
          throw asUsageError(error);
        });
      if (args.json) {
        io.stdout(`${JSON.stringify(ranked, null, 2)}\n`);
        return 0;
      }
      if (ranked.length === 0) {
        const anyContact = args.campaign !== undefined && (await compound.contacts({ top: 1 })).length > 0;
        io.stdout(
          anyContact
            ? `Every contact was already sent in campaign "${args.campaign}": nothing left to rank.\n`
            : 'No contacts to rank: import contacts first (compound import <file>).\n',
        );
        return 0;
      }
      const lines: string[] = [];
      if (args.campaign !== undefined) {
        const campaigns = await compound.campaigns();
        const sent = campaigns.find((entry) => entry.campaign === args.campaign);
        if (sent === undefined) {
          const known = campaigns.length === 0 ? 'your history names no campaign' : `campaigns in your history: ${campaigns.map((entry) => entry.campaign).join(', ')}`;
          lines.push(`No sends recorded in campaign "${args.campaign}" (${known}), so no contact is left out.`, '');
        } else {
          lines.push(`Campaign "${args.campaign}": ${countNoun(sent.sends, 'send', 'sends')} so far; the contacts already sent in it are left out.`, '');
        }
      }
      const coldStart = ranked.every((entry) => entry.coldStart);
      // The history's size, asked only when a line below needs it (insights read the whole history).
      const sends = args.channel !== undefined || coldStart ? (await compound.insights({ target: args.target })).sends : undefined;
      if (args.channel !== undefined && sends === 0) {
        lines.push(`No sends recorded yet, so your history knows no channel: --channel ${args.channel} is taken as given.`, '');
      }
      if (coldStart) {
        lines.push(
          sends === 0
            ? `Cold start: no outcomes yet, so P (of ${targetWords(args.target)}) comes from ICP fit. Import past results with \`compound events import\`.`
            : `Cold start: too little outcome history to learn from yet (${countNoun(sends ?? 0, 'send', 'sends')} so far), so P (of ${targetWords(args.target)}) comes from ICP fit.`,
          '',
        );
      }
      ranked.forEach((entry, index) => {
        const angle = entry.angle ? ` · angle ${entry.angle}${entry.channel ? ` via ${entry.channel}` : ''}` : '';
        lines.push(
          `${String(index + 1).padStart(4)}. EV ${entry.ev.toFixed(3)}  P ${percent(entry.pReply)} [${percent(entry.interval[0])}–${percent(entry.interval[1])}]  ${entry.name}${entry.company ? ` (${entry.company})` : ''}${angle}`,
        );
        if (entry.reasons.length > 0) lines.push(`        ${entry.reasons.slice(0, 3).join(' · ')}`);
      });
      io.stdout(`${lines.join('\n')}\n`);
      return 0;
    } finally {
      await compound.close();
    }
  },
};
