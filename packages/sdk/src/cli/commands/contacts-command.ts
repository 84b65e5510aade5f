import type { Command } from '../command.js';
import { formatContacts } from '../format-contacts.js';

/** `compound contacts`: contacts ranked by ICP fit, with reasons. */
export const contactsCommand: Command = {
  usage: 'contacts [--top N] [--json]',
  summary: 'list contacts ranked by ICP fit, with the reasons',
  whenInterrupted: 'it only reads the workspace, nothing was changed',
  async run({ args, io, open }) {
    const compound = await open();
    try {
      const contacts = await compound.contacts({ top: args.top ?? (args.json ? undefined : 20) });
      io.stdout(
        args.json
          ? `${JSON.stringify(contacts.map(({ id, name, email, company, fit, reasons }) => ({ id, name, email, company, fit, reasons })), null, 2)}\n`
          : formatContacts(contacts),
      );
      return 0;
    } finally {
      await compound.close();
    }
  },
};
