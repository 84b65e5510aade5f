import type { Command } from '../command.js';

/** `compound digest`: the weekly digest (nothing for an empty week). */
export const digestCommand: Command = {
  usage: 'digest [--target positive-reply|meeting|reply] [--json]',
  summary: 'the weekly digest: replies vs last week, top and weakest segments, recommended adjustments',
  async run({ args, io, open }) {
    const compound = await open();
    try {
      const digest = await compound.digest({ target: args.target });
      if (args.json) {
        io.stdout(`${JSON.stringify(digest ?? null, null, 2)}\n`);
        return 0;
      }
      io.stdout(digest ? `${digest.text.trimEnd()}\n` : 'No sends in the last week: no digest.\n');
      return 0;
    } finally {
      await compound.close();
    }
  },
};
