import { afterEach, describe, expect, it } from 'vitest';
import { handleInterrupts } from './handle-interrupts.js';

/** `handleInterrupts` for `command`, with standard error and the exit code recorded instead of written and exited. */
function handled(command: string, leaves?: string, interactive = false) {
  const seen = { stderr: '', exits: [] as number[] };
  const interrupts = handleInterrupts({
    command,
    ...(leaves === undefined ? {} : { leaves }),
    io: { stderr: (text) => (seen.stderr += text), interactive },
    exit: (code) => seen.exits.push(code),
  });
  return { seen, interrupts };
}

const started: Array<{ stop(): void }> = [];
afterEach(() => {
  for (const interrupts of started.splice(0)) interrupts.stop();
});

describe('handleInterrupts', () => {
  it.each([
    ['SIGINT', 'Ctrl-C'],
    ['SIGTERM', 'SIGTERM'],
  ] as const)('on %s once started: one line saying what was stopped and what it leaves, and exit code 130', (signal, shown) => {
    const { seen, interrupts } = handled('events import', 'nothing of it was saved');
    started.push(interrupts);
    process.emit(signal);
    expect(seen.exits).toEqual([]);
    interrupts.start();
    process.emit(signal);
    expect(seen.stderr).toBe(`compound: events import stopped (${shown}): nothing of it was saved\n`);
    expect(seen.exits).toEqual([130]);
  });

  it('without a description, asks to run the command again; on a terminal it replaces the progress line', () => {
    const { seen, interrupts } = handled('export', undefined, true);
    started.push(interrupts);
    interrupts.start();
    process.emit('SIGINT');
    expect(seen.stderr).toBe('\r\x1b[2Kcompound: export stopped (Ctrl-C) before it finished: run it again\n');
  });

  it("leaves the signal to the command's own listener, and takes the next one once that is gone", () => {
    const { seen, interrupts } = handled('enrich', 'the answers it saved so far are kept');
    started.push(interrupts);
    interrupts.start();
    let own = 0;
    process.once('SIGINT', () => {
      own += 1;
    });
    process.emit('SIGINT');
    expect(own).toBe(1);
    expect(seen.exits).toEqual([]);
    process.emit('SIGINT');
    expect(seen.exits).toEqual([130]);
    expect(seen.stderr).toBe('compound: enrich stopped (Ctrl-C): the answers it saved so far are kept\n');
  });

  it('stop() removes its listeners', () => {
    const counts = () => process.listenerCount('SIGINT') + process.listenerCount('SIGTERM');
    const before = counts();
    const { seen, interrupts } = handled('contacts');
    interrupts.start();
    interrupts.start();
    expect(counts()).toBe(before + 2);
    interrupts.stop();
    expect(counts()).toBe(before);
    process.emit('SIGTERM');
    expect(seen.exits).toEqual([]);
  });
});
