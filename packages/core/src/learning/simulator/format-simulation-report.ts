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
    ...lateReplies(result),
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
    ...fewOutcomes(result),
    `Reply model calibration after the run, ${result.calibration.holdout.n.toLocaleString('en-US')} held-out contacts: Brier ${decimal(result.calibration.holdout.brier)}, ECE ${decimal(result.calibration.holdout.ece)} (vs true probabilities: ECE ${decimal(result.calibration.holdout.eceTruth)})`,
    '',
  ];
  const claims = result.insights.filter((insight) => insight.true !== null);
  lines.push(`Insights: ${result.insights.length} emitted, ${claims.length} claims, ${result.falseInsights} false`);
  for (const insight of result.insights) {
    const verdict = insight.true === null ? 'statement' : insight.true ? 'TRUE' : 'FALSE';
    // Insight texts say their sample size ("n=5,574 vs 426", "fewest: roi with 47"): said again, it read "with 59). (n 59)".
    lines.push(`  [${verdict}] ${insight.text}${mentionsCount(insight.text, insight.n) ? '' : ` (n ${insight.n.toLocaleString('en-US')})`}`);
  }
  return lines.join('\n');
}

/** Whether `text` writes the count `n` as a number of its own (`47`, `5,574` or `5574`, not inside `147` or `4.7`). */
function mentionsCount(text: string, n: number): boolean {
  const forms = [...new Set([n.toLocaleString('en-US'), String(n)])].map((form) => form.replace(/[.,]/g, '\\$&'));
  return new RegExp(`(?<![\\d.,])(?:${forms.join('|')})(?![\\d]|[.,]\\d)`).test(text);
}

/**
 * A note when replies take about as long as the run sends: the loop hears a reply when it arrives
 * (and the reply model a send's outcome when its reply window closes), so most sends then go out
 * before any outcome could guide them, and the comparison says little about a loop running for months.
 */
function lateReplies(result: SimulationResult): string[] {
  const { options } = result;
  const days = Math.ceil(result.sends / options.perDay);
  if (options.delay < days / 2) return [];
  const span = `${days.toLocaleString('en-US')} ${days === 1 ? 'day' : 'days'} (${options.perDay.toLocaleString('en-US')} a day)`;
  const longer = options.delay >= days ? ', longer than that' : '';
  return [
    `Note: the sends go out over ${span} and replies take up to ${options.delay.toLocaleString('en-US')} days${longer}: most sends go out before any outcome can guide them, so this measures a loop with little to learn from (more --sends or a shorter --delay).`,
  ];
}

/** Calibration figures on a handful of successes say little; with fewer than this many, the report says so. */
const minimumCalibrationSuccesses = 10;

function fewOutcomes(result: SimulationResult): string[] {
  const successes = result.intervals.achieved.successes;
  if (successes >= minimumCalibrationSuccesses) return [];
  return [`  (only ${successes} ${successes === 1 ? 'success' : 'successes'} among the loop's sends: too few to judge calibration; run more --sends)`];
}
