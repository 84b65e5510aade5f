import { createDefaultLoopComponents, formatSimulationReport, simulate } from '@compound/core';
import type { Command } from '../command.js';

/** `compound simulate`: the learning loop against a seeded market with known ground truth. */
export const simulateCommand: Command = {
  usage: 'simulate [--sends N] [--seed S] [--market default|null] [--segments K] [--angles A] [--sigma X] [--base LOW-HIGH] [--delay D] [--target positive-reply|meeting|reply] [--json]',
  summary: 'run the learning loop in a simulated market and compare it with the oracle, a uniform split and test-and-roll',
  async run({ args, io }) {
    const flags = args.simulate;
    const result = simulate(
      {
        ...(flags.sends !== undefined ? { sends: flags.sends } : {}),
        ...(flags.seed !== undefined ? { seed: flags.seed } : {}),
        ...(flags.market !== undefined ? { market: flags.market } : {}),
        ...(flags.segments !== undefined ? { segments: flags.segments } : {}),
        ...(flags.angles !== undefined ? { angles: flags.angles } : {}),
        ...(flags.sigma !== undefined ? { sigma: flags.sigma } : {}),
        ...(flags.base !== undefined ? { base: flags.base } : {}),
        ...(flags.delay !== undefined ? { delay: flags.delay } : {}),
        ...(args.target !== undefined ? { target: args.target } : {}),
      },
      { createComponents: createDefaultLoopComponents },
    );
    io.stdout(args.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatSimulationReport(result).trimEnd()}\n`);
    return 0;
  },
};
