import { isAbsolute, resolve as resolvePath } from 'node:path';
import { CompoundError, canonicalTimeZone, machineTimeZone } from '@compound/core';
import { createCompound, type Compound } from '../embedded/create-compound.js';
import type { CliIo } from './cli-io.js';
import { commands } from './commands/index.js';
import { handleInterrupts } from './handle-interrupts.js';
import { parseCliArgs, type CliArgs } from './parse-cli-args.js';
import { CliUsageError, exitCodes } from './usage-error.js';

export type { CliIo } from './cli-io.js';

/** The help of one command (`compound import --help`, `compound help import`): its usage, what it does, the common options. */
function commandHelp(command: { usage: string; summary: string }): string {
  return [`Usage: compound ${command.usage}`, '', `  ${command.summary}`, '', ...commonOptions()].join('\n');
}

function usage(): string {
  const lines = ['Usage: compound <command> [options]', '', 'Commands:'];
  for (const command of Object.values(commands)) lines.push(`  ${command.usage}`, `      ${command.summary}`);
  lines.push('', ...commonOptions());
  return lines.join('\n');
}

/** The options every command takes, and the exit codes, as both helps end. */
function commonOptions(): string[] {
  return [
    'Options for every command:',
    '  --workspace DIR      workspace of the embedded database (default .compound; given, it wins over $DATABASE_URL)',
    '  --database-url URL   use PostgreSQL instead (default: $DATABASE_URL)',
    '  --tenant ID          tenant to work in (default "default"; case-sensitive: Acme and acme are two tenants)',
    '  --json               machine-readable output',
    '',
    'Exit codes: 0 done, 1 the run failed (every row of an import rejected included), 2 usage mistake, 130 interrupted (Ctrl-C: an import saves nothing, enrich resumes when run again).',
    '',
  ];
}

/**
 * Runs the `compound` CLI with injected I/O; returns the exit code of `exitCodes` (0 ok, 1 the run
 * failed, 2 usage: the command line is wrong and nothing ran). Errors print as one line on standard error.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (error) {
    io.stderr(`compound: ${errorLine(error)} (compound --help lists the commands and options)\n`);
    return exitCodes.usage;
  }
  if (args.help || args.command === 'help') {
    // `compound import --help` and `compound help import` show that command's help.
    const topic = args.command === 'help' ? args.positionals[0] : args.command;
    if (topic === undefined) {
      io.stdout(usage());
      return exitCodes.success;
    }
    const command = commands[topic];
    if (!command) {
      io.stderr(`compound: error: unknown command "${topic}" (compound --help lists the commands and options)\n`);
      return exitCodes.usage;
    }
    io.stdout(commandHelp(command));
    return exitCodes.success;
  }
  if (args.command === undefined) {
    // No command is a usage mistake: the help goes to standard error, standard output stays empty.
    io.stderr(usage());
    return exitCodes.usage;
  }
  const command = commands[args.command];
  if (!command) {
    io.stderr(`compound: error: unknown command "${args.command}" (compound --help lists the commands and options)\n`);
    return exitCodes.usage;
  }
  const extra = args.positionals[positionalCount(command.usage)];
  if (extra !== undefined) {
    io.stderr(`compound: error: unexpected argument "${extra}": usage: compound ${command.usage} [invalid-argument]\n`);
    return exitCodes.usage;
  }
  const stray = args.given.find((name) => !globalOptions.has(name) && !optionsOf(command.usage).has(name));
  if (stray !== undefined) {
    io.stderr(`compound: error: --${stray} does not apply to ${args.command}: usage: compound ${command.usage} [invalid-argument]\n`);
    return exitCodes.usage;
  }
  if (args.workspace !== undefined && args.databaseUrl !== undefined) {
    io.stderr(
      `compound: error: --workspace (the embedded database) and --database-url (PostgreSQL) name two different stores: give one of them [invalid-argument]\n`,
    );
    return exitCodes.usage;
  }
  const resolve = (path: string) => (isAbsolute(path) ? path : resolvePath(io.cwd, path));
  // Ctrl-C is handled from the moment the command opens the workspace (see handleInterrupts).
  const interrupts = handleInterrupts({ command: commandName(command.usage), leaves: command.whenInterrupted, io });
  const open = (overrides: { workspace?: string; embedded?: boolean; tenant?: string; fresh?: boolean } = {}): Promise<Compound> => {
    interrupts.start();
    // A --workspace given on the command line is the embedded database, even when DATABASE_URL is set.
    const embedded = overrides.embedded === true || args.workspace !== undefined;
    const databaseUrl = embedded ? undefined : (args.databaseUrl ?? io.env['DATABASE_URL']);
    return createCompound({
      workspace: resolve(overrides.workspace ?? args.workspace ?? '.compound'),
      databaseUrl,
      embedded: databaseUrl === undefined,
      tenant: overrides.tenant ?? args.tenant,
      fresh: overrides.fresh,
      env: io.env,
      // The user's clock when neither --timezone nor the playbook names one: this machine's ($TZ first).
      timeZone: canonicalTimeZone((io.env['TZ'] ?? '').replace(/^:/, '')) ?? machineTimeZone(),
    });
  };
  try {
    return await command.run({ args, io, open, resolve });
  } catch (error) {
    io.stderr(`compound: ${errorLine(error)}\n`);
    return error instanceof CliUsageError ? exitCodes.usage : exitCodes.failure;
  } finally {
    interrupts.stop();
  }
}

/** The command's words as the user types them, read from its usage: `events import <file> [--json]` is `events import`. */
function commandName(usage: string): string {
  const words = usage.split(' ');
  const end = words.findIndex((word) => /^[<[-]/.test(word));
  return words.slice(0, end === -1 ? words.length : end).join(' ');
}

/** Options every command takes (listed under "Options for every command"), plus help. */
const globalOptions: ReadonlySet<string> = new Set(['workspace', 'database-url', 'tenant', 'json', 'help']);

/** Options a command takes, read from its usage: `contacts [--top N] [--json]` takes top and json. */
function optionsOf(usage: string): Set<string> {
  return new Set(Array.from(usage.matchAll(/--([a-z][a-z-]*)/g), (match) => match[1] ?? ''));
}

/** Arguments a command takes after its name, read from its usage: `events import <file> [--json]` takes 2. */
function positionalCount(usage: string): number {
  const words = usage.split(' ').slice(1);
  const end = words.findIndex((word) => word.startsWith('[') || word.startsWith('-'));
  return end === -1 ? words.length : end;
}

/** One clear line: the message, plus where (file, row, line, field) when known. */
function errorLine(error: unknown): string {
  if (CompoundError.isInstance(error)) {
    const where: string[] = [];
    const context = error.context as Record<string, unknown>;
    if (context['file'] && !error.message.includes(String(context['file']))) where.push(String(context['file']));
    if (context['row'] !== undefined && !error.message.includes(`row ${String(context['row'])}`)) where.push(`row ${String(context['row'])}`);
    if (context['line'] !== undefined && !error.message.includes('line')) where.push(`line ${String(context['line'])}`);
    if (context['field'] && !error.message.includes(String(context['field']))) where.push(`field ${String(context['field'])}`);
    return `error: ${error.message}${where.length > 0 ? ` (${where.join(', ')})` : ''} [${error.code}]`;
  }
  return `error: ${error instanceof Error ? error.message : String(error)}`;
}
