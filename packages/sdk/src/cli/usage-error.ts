import { CompoundError, type CompoundErrorContext } from '@compound/core';

/**
 * The `compound` CLI's exit codes, one rule for every command:
 * - `0` success (an empty result, such as no contacts yet or a file with a header and no rows, included);
 * - `1` the command ran and failed: a file missing or unreadable, a `--map` that does not fit the file,
 *   a store that cannot be opened, nothing found, nothing imported because every row was rejected;
 * - `2` usage: the command line is wrong and nothing ran: an unknown command, an unknown option or one
 *   the command does not take, a missing argument or required option, an option value of the wrong form;
 * - `130` stopped by Ctrl-C or SIGTERM once the command has opened the workspace, with one line saying what it
 *   leaves (see `handleInterrupts`): enrichment resumes when run again, an import saves nothing.
 */
export const exitCodes = { success: 0, failure: 1, usage: 2, interrupted: 130 } as const;

/** A command line the CLI refuses before running anything: exit code 2 (`exitCodes.usage`). */
export class CliUsageError extends CompoundError {
  constructor(message: string, context?: CompoundErrorContext) {
    super({ code: 'invalid-argument', message, context });
    this.name = 'CliUsageError';
  }
}
