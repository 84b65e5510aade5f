import { createDefaultLoopComponents, formatSimulationReport, simulate } from '@compound/core';
import type { Command } from '../command.js';
import type { CliArgs } from '../parse-cli-args.js';
import { CliUsageError } from '../usage-error.js';

/**
 * Largest runs the command takes. The learner refits a dense additive model (one effect per
 * segment, angle and channel and per pair of them) whose cost grows with the cube of its effects:
 * 50 segments × 4 angles take about 15 s, 100 took minutes, 1,000 never finished.
 */
const simulateLimits = { sends: 100_000, segments: 50, angles: 40, segmentAngles: 200, sigma: 2 } as const;

const count = (value: number) => value.toLocaleString('en-US');

/** Refuses a run too large to finish in reasonable time, naming the limit (exit code 2, nothing run). */
function checkSize(flags: CliArgs['simulate']): void {
  const segments = flags.segments ?? 5;
  const angles = flags.angles ?? 4;
  if (flags.sends !== undefined && flags.sends > simulateLimits.sends) {
    throw new CliUsageError(`--sends ${count(flags.sends)} is more than the simulator runs (at most ${count(simulateLimits.sends)} sends per strategy)`);
  }
  if (segments > simulateLimits.segments) {
    throw new CliUsageError(`--segments ${count(segments)} is more than the simulator runs (at most ${simulateLimits.segments}: the learner's fit grows with the cube of segments × angles)`);
  }
  if (angles > simulateLimits.angles) {
    throw new CliUsageError(`--angles ${count(angles)} is more than the simulator runs (at most ${simulateLimits.angles}: the learner's fit grows with the cube of segments × angles)`);
  }
  // σ spreads the segment × angle effects on the log-odds scale: at 2 a rate of 4% already ranges
  // about 0.1%–70% (±2σ); at 100 every rate is 0% or 100%, a market the base rates no longer describe.
  if (flags.sigma !== undefined && flags.sigma > simulateLimits.sigma) {
    throw new CliUsageError(
      `--sigma ${flags.sigma} is more than the simulator takes (at most ${simulateLimits.sigma}: σ spreads each segment-angle effect on the log-odds scale, and beyond ${simulateLimits.sigma} most rates are pushed to about 0% or 100%, far from the --base rates)`,
    );
  }
  if (segments * angles > simulateLimits.segmentAngles) {
    throw new CliUsageError(
      `--segments ${segments} × --angles ${angles} is ${count(segments * angles)} segment-angle pairs, more than the simulator runs (at most ${simulateLimits.segmentAngles}, e.g. 50 segments × 4 angles or 5 × 40)`,
    );
  }
}

/** `compound simulate`: the learning loop against a seeded market with known ground truth. */
export const simulateCommand: Command = {
  usage: 'simulate [--sends N] [--seed S] [--market default|null] [--segments K] [--angles A] [--sigma X] [--base LOW-HIGH] [--delay D] [--target positive-reply|meeting|reply] [--json]',
  summary: 'run the learning loop in a simulated market and compare it with the oracle, a uniform split and test-and-roll',
  async run({ args, io }) {
    const flags = args.simulate;
    checkSize(flags);
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
