/**
 * Null-market bench (issue 4): a market with no real differences must produce (almost) no
 * insights, and at meeting-level rates the loop must say "not enough data" rather than name a
 * winner. Prints one Markdown section to stdout; progress goes to stderr.
 */
import { createDefaultLoopComponents, simulate } from '../src/learning/simulator/index.js';
import type { SimulationResult } from '../src/learning/simulator/index.js';

const seeds = Array.from({ length: 20 }, (_, index) => index + 1);
const sends = 2000;

function runAll(base: readonly [number, number], target: 'positive-reply' | 'meeting'): SimulationResult[] {
  return seeds.map((seed) => {
    const result = simulate({ sends, seed, market: 'null', base, target, holdout: 0 }, { createComponents: createDefaultLoopComponents });
    process.stderr.write(`null market ${base.join('–')}, seed ${seed}: ${result.falseInsights} false insights\n`);
    return result;
  });
}

const started = performance.now();
const replies = runAll([0.02, 0.06], 'positive-reply');
const meetings = runAll([0.005, 0.01], 'meeting');
const seconds = (performance.now() - started) / 1000;

const falseRuns = (results: SimulationResult[]): number => results.filter((result) => result.falseInsights > 0).length;
const claims = (results: SimulationResult[]): number =>
  results.reduce((sum, result) => sum + result.insights.filter((insight) => insight.kind === 'claim').length, 0);
const sayNotEnough = meetings.filter(
  (result) => result.insights.some((insight) => insight.kind === 'not-enough-data') && result.insights.every((insight) => insight.kind === 'not-enough-data'),
).length;
const example = meetings[0]?.insights.find((insight) => insight.kind === 'not-enough-data')?.text ?? '(none)';

process.stdout.write(
  [
    '## Null market: no false insights',
    '',
    `A market with no real differences (one rate for every segment, angle, channel, signal and fit), ${sends.toLocaleString('en-US')} sends per run, 20 seeds, the library's default loop and \`learningInsights\` defaults. Target: at most 1 run in 20 emits any false insight; at meeting-level rates (0.5–1%, target \`meeting\`) every run says "not enough data" and names no winner. Run time ${seconds.toFixed(0)} s.`,
    '',
    '| Market | Runs | Runs with a false insight | Claims emitted (all runs) | Runs saying only "not enough data" | Target | Result |',
    '|---|---|---|---|---|---|---|',
    `| Null, positive replies 2–6% | 20 | ${falseRuns(replies)} | ${claims(replies)} | n/a | ≤ 1 run in 20 | ${falseRuns(replies) <= 1 ? 'PASS' : 'MISS'} |`,
    `| Null, meetings 0.5–1% | 20 | ${falseRuns(meetings)} | ${claims(meetings)} | ${sayNotEnough} | ≤ 1 false run; all 20 say "not enough data" | ${falseRuns(meetings) <= 1 && sayNotEnough === 20 ? 'PASS' : 'MISS'} |`,
    '',
    `Example statement at meeting-level rates: "${example}"`,
    '',
  ].join('\n'),
);
