import type { Command } from '../command.js';
import { contactsCommand } from './contacts-command.js';
import { dedupCommand } from './dedup-command.js';
import { demoCommand } from './demo-command.js';
import { exportCommand } from './export-command.js';
import { companyCommand } from './company-command.js';
import { digestCommand } from './digest-command.js';
import { enrichCommand } from './enrich-command.js';
import { eventsCommand } from './events-command.js';
import { forecastCommand } from './forecast-command.js';
import { importCommand } from './import-command.js';
import { insightsCommand } from './insights-command.js';
import { modelCommand } from './model-command.js';
import { rankCommand } from './rank-command.js';
import { simulateCommand } from './simulate-command.js';

/** Every CLI command by name: adding one is adding a file and a line here. */
export const commands: Readonly<Record<string, Command>> = {
  import: importCommand,
  contacts: contactsCommand,
  dedup: dedupCommand,
  export: exportCommand,
  demo: demoCommand,
  enrich: enrichCommand,
  company: companyCommand,
  events: eventsCommand,
  rank: rankCommand,
  insights: insightsCommand,
  forecast: forecastCommand,
  digest: digestCommand,
  simulate: simulateCommand,
  model: modelCommand,
};
