import type { Compound } from '../embedded/create-compound.js';
import type { CliArgs } from './parse-cli-args.js';
import type { CliIo } from './cli-io.js';

/** What a command runs with. */
export interface CommandContext {
  args: CliArgs;
  io: CliIo;
  /** Opens the workspace (embedded PGlite, or PostgreSQL with DATABASE_URL / --database-url). */
  open(overrides?: { workspace?: string; embedded?: boolean; tenant?: string; fresh?: boolean }): Promise<Compound>;
  /** Resolves a path against the working directory. */
  resolve(path: string): string;
}

/** One CLI command. */
export interface Command {
  /** Usage line, e.g. `import <file> [--playbook F] ...`. */
  usage: string;
  /** One-line description for `compound --help`. */
  summary: string;
  /**
   * What the command leaves when Ctrl-C or SIGTERM stops it once it has opened the workspace, said
   * after `compound <command> stopped (Ctrl-C): `: whether it wrote anything, and whether its writes
   * are all-or-nothing, e.g. `it only reads the workspace, nothing was changed`. Default: none said,
   * the line asks to run it again. See `handleInterrupts`.
   */
  whenInterrupted?: string;
  /** Runs the command; returns the exit code. */
  run(context: CommandContext): Promise<number>;
}
