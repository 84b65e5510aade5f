import type { CliIo } from './cli-io.js';
import { exitCodes } from './usage-error.js';

/** Settings of `handleInterrupts`. */
export interface HandleInterruptsOptions {
  /** The command as the user typed it, e.g. `events import`. */
  command: string;
  /**
   * What the stopped command leaves, said after `stopped (Ctrl-C): `, e.g. `it only reads the
   * workspace, nothing was changed`. Default: none known, the line says to run it again.
   */
  leaves?: string;
  io: Pick<CliIo, 'stderr' | 'interactive'>;
  /** Ends the process. Default: `process.exit`; tests inject one that records the code. */
  exit?: (code: number) => void;
}

const signals = ['SIGINT', 'SIGTERM'] as const;

/**
 * Ctrl-C (SIGINT) and SIGTERM (which `pnpm compound` sends its child on Ctrl-C) during a command
 * that has opened the workspace, the same for every command: one line on standard error naming what
 * was stopped and what it leaves, then exit code 130 (`exitCodes.interrupted`). Exiting runs the
 * process's 'exit' listeners, so the workspace lock is released (see `lockDataDir`); a transaction
 * not yet committed is lost whole (PGlite never wrote its commit; PostgreSQL rolls back the dropped
 * connection's). Without this, Node ends the process silently and leaves the lock file behind.
 *
 * The listeners are added by `start()`, which the CLI calls when the command opens the workspace:
 * a command that opens none (simulate, dedup, model evaluate) holds nothing and writes nothing, and
 * keeps Node's default, ending at once (the shell shows status 130, or 143 for SIGTERM). A listener
 * in JavaScript runs only between two steps of the event loop, and their long computations take
 * none: `simulate --sends 100000` would go on for a minute after Ctrl-C, and a dedup that is
 * clustering ignored it.
 *
 * A command that handles a signal itself, with a listener it added (an import says nothing of it
 * was saved; enrich stops its calls and prints its summary), is left to do so; a second signal,
 * once that listener is gone, ends the process here.
 * @returns `start()` adds the listeners (again: nothing), `stop()` removes them.
 */
export function handleInterrupts(options: HandleInterruptsOptions): { start(): void; stop(): void } {
  const { command, leaves, io, exit = (code: number) => process.exit(code) } = options;
  const before = new Set(signals.flatMap((signal) => process.listeners(signal)));
  const onSignal = (signal: (typeof signals)[number]) => {
    const added = process.listeners(signal).filter((listener) => listener !== listeners.get(signal) && !before.has(listener));
    if (added.length > 0) return;
    // On a terminal a progress line may be drawn: the message replaces it.
    const clear = io.interactive ? '\r\x1b[2K' : '';
    const how = signal === 'SIGINT' ? 'Ctrl-C' : signal;
    io.stderr(`${clear}compound: ${command} stopped (${how})${leaves === undefined ? ' before it finished: run it again' : `: ${leaves}`}\n`);
    exit(exitCodes.interrupted);
  };
  // One listener per signal, which knows its signal: `process.emit('SIGINT')` passes none.
  const listeners = new Map(signals.map((signal) => [signal, () => onSignal(signal)] as const));
  let started = false;
  return {
    start() {
      if (started) return;
      started = true;
      for (const [signal, listener] of listeners) process.on(signal, listener);
    },
    stop() {
      started = false;
      for (const [signal, listener] of listeners) process.removeListener(signal, listener);
    },
  };
}
