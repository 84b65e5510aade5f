import type { SimulatedRate, SimulationResult } from './simulate.js';

const percent = (value: number | undefined, digits = 2): string =>
  value === undefined || Number.isNaN(value) ? 'n/a' : `${(value * 100).toFixed(digits)}%`;
const decimal = (value: number | undefined, digits = 4): string =>
  value === undefined || Number.isNaN(value) ? 'n/a' : value.toFixed(digits);

/**
 * The human-readable report of a simulation run (what `compound simulate` prints without `--json`).
 *
 * @example
 * formatSimulationReport(simulate({ sends: 2000, seed: 1 }, dependencies));
 * // "Simulated 2,000 sends per strategy (default market, seed 1, target positive-reply)\n…"
 */
export function formatSimulationReport(result: SimulationResult): string {
  const { options } = result;
  const ofOracle = (value: number): string => (result.oracle > 0 ? `, ${((value / result.oracle) * 100).toFixed(0)}% of oracle` : '');
  const withInterval = (value: number, rate: SimulatedRate): string =>
    `${percent(value)} [${(rate.low * 100).toFixed(2)}–${percent(rate.high)}] of ${rate.sends.toLocaleString('en-US')}`;
  const strategy = (label: string, value: number, rate: SimulatedRate, expected: number, tail = ''): string =>
    `  ${label.padEnd(15)} ${withInterval(value, rate)}, expected ${percent(expected)}${tail}`;
  const { intervals, expected } = result;
  const lines = [
    `Simulated ${result.sends.toLocaleString('en-US')} ${result.sends === 1 ? 'send' : 'sends'} per strategy (${result.market} market, seed ${result.seed}, target ${result.target})`,
    `Market: ${options.segments} ${options.segments === 1 ? 'segment' : 'segments'} × ${options.angles} angles × 2 channels${
      result.market === 'null'
        ? ` with no differences: one true rate (drawn in ${percent(options.base[0], 1)}–${percent(options.base[1], 1)}) for every contact, angle and channel`
        : `, base rates ${percent(options.base[0], 1)}–${percent(options.base[1], 1)}, interaction σ ${options.sigma}`
    }, replies after 0–${options.delay} days`,
    '',
    'Cumulative target-outcome rate [95% interval] of sends, and the expected rate from the true probabilities:',
    strategy('learning loop', result.achieved, intervals.achieved, expected.achieved, ofOracle(result.achieved)),
    strategy('oracle', result.oracle, intervals.oracle, expected.oracle),
    strategy('uniform split', result.uniform, intervals.uniform, expected.uniform, ofOracle(result.uniform)),
    strategy('test-and-roll', result.testAndRoll, intervals.testAndRoll, expected.testAndRoll, ofOracle(result.testAndRoll)),
    `  learning loop, second half of sends: ${withInterval(result.achievedLastHalf, intervals.achievedLastHalf)}`,
    `Regret vs oracle: ${result.regret.toFixed(1)} expected successes`,
    '',
    `Reply model calibration, predictions made before each send (n ${result.calibration.prequential.n}): Brier ${decimal(result.brier)}, ECE ${decimal(result.ece)} (vs true probabilities: ECE ${decimal(result.calibration.prequential.eceTruth)})`,
    `Reply model calibration after the run, ${result.calibration.holdout.n.toLocaleString('en-US')} held-out contacts: Brier ${decimal(result.calibration.holdout.brier)}, ECE ${decimal(result.calibration.holdout.ece)} (vs true probabilities: ECE ${decimal(result.calibration.holdout.eceTruth)})`,
    '',
  ];
  const claims = result.insights.filter((insight) => insight.true !== null);
  lines.push(`Insights: ${result.insights.length} emitted, ${claims.length} claims, ${result.falseInsights} false`);
  for (const insight of result.insights) {
    const verdict = insight.true === null ? 'statement' : insight.true ? 'TRUE' : 'FALSE';
    lines.push(`  [${verdict}] ${insight.text} (n ${insight.n})`);
  }
  return lines.join('\n');
}
