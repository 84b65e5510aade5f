import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commands } from '../src/cli/commands/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** Options every command takes, documented once under the command tables. */
const globalOptions = new Set(['workspace', 'database-url', 'tenant']);

describe('README command tables', () => {
  it("name every option a command takes, and none it does not (the CLI accepts exactly its usage's options)", async () => {
    const readme = await readFile(join(root, 'README.md'), 'utf8');
    const rows = readme.split('\n').filter((line) => line.startsWith('| `'));
    const undocumented: string[] = [];
    const notTaken: string[] = [];
    for (const command of Object.values(commands)) {
      // The row whose first cell starts with the command's words before its first argument or option.
      const words = command.usage.split(' [')[0]?.split(' <')[0] ?? command.usage;
      const row = rows.find((line) => line.startsWith(`| \`${words} `) || line.startsWith(`| \`${words}\``));
      expect(row, `README has a row for ${words}`).toBeDefined();
      const cell = row?.split(' | ')[0] ?? '';
      for (const [, option] of command.usage.matchAll(/--([a-z][a-z-]*)/g)) {
        if (option && !globalOptions.has(option) && !cell.includes(`--${option}`)) undocumented.push(`${words} --${option}`);
      }
      for (const [, option] of cell.matchAll(/--([a-z][a-z-]*)/g)) {
        if (option && !command.usage.includes(`--${option}`)) notTaken.push(`${words} --${option}`);
      }
    }
    expect(undocumented).toEqual([]);
    expect(notTaken).toEqual([]);
  });
});
