import type { Command } from '../command.js';
import { contactsCommand } from './contacts-command.js';
import { dedupCommand } from './dedup-command.js';
import { demoCommand } from './demo-command.js';
import { exportCommand } from './export-command.js';
import { importCommand } from './import-command.js';

/** Every CLI command by name: adding one is adding a file and a line here. */
export const commands: Readonly<Record<string, Command>> = {
  import: importCommand,
  contacts: contactsCommand,
  dedup: dedupCommand,
  export: exportCommand,
  demo: demoCommand,
};
