/**
 * Calibration bench (issue 4): expected calibration error of the reply model after 2,000 sends in
 * the default simulated market. Prints one Markdown section to stdout; progress goes to stderr.
 */
import { createDefaultLoopComponents, simulate } from '../src/learning/simulator/index.js';
import type { SimulationResult } from '../src/learning/simulator/index.js';

const seeds = Array.from({ length: 20 }, (_, index) => index + 1);
const sends = 2000;
const holdout = 10_000;
const target = 0.02;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
const worst = (values: number[]): number => Math.max(...values);

const started = performance.now();
const results: SimulationResult[] = seeds.map((seed) => {
  const result = simulate({ sends, seed, holdout }, { createComponents: createDefaultLoopComponents });
  process.stderr.write(`seed ${seed}: holdout ECE ${result.calibration.holdout.ece?.toFixed(4)}\n`);
  return result;
});
const seconds = (performance.now() - started) / 1000;

const figure = (pick: (result: SimulationResult) => number | undefined): number[] => results.map((result) => pick(result) ?? Number.NaN);
const row = (label: string, values: number[], judged: boolean): string =>
  `| ${label} | ${median(values).toFixed(4)} | ${worst(values).toFixed(4)} | ${judged ? `≤ ${target}` : '—'} | ${judged ? (median(values) <= target ? 'PASS' : 'MISS') : '—'} |`;

process.stdout.write(
  [
    '## Reply model calibration in the simulated market',
    '',
    `Default market (base rates 2–6%, σ 0.1), 20 seeds. The library's loop sends ${sends.toLocaleString('en-US')} messages, its reply model learning as outcomes arrive; then the final model scores ${holdout.toLocaleString('en-US')} held-out contacts with the angle and channel the loop would pick. Expected calibration error uses 10 equal-mass bins; "vs truth" compares each bin's mean prediction with its mean true probability (no outcome noise). "Prequential" scores the prediction made before each of the ${sends.toLocaleString('en-US')} sends, cold start included. Target: ECE ≤ 0.02 after 2,000 sends (median over seeds, held-out outcomes). Run time ${seconds.toFixed(0)} s.`,
    '',
    '| Figure | Median over seeds | Worst seed | Target | Result |',
    '|---|---|---|---|---|',
    row('ECE after 2,000 sends (held-out outcomes)', figure((result) => result.calibration.holdout.ece), true),
    row('ECE after 2,000 sends vs true probabilities', figure((result) => result.calibration.holdout.eceTruth), false),
    row('Brier after 2,000 sends (held-out outcomes)', figure((result) => result.calibration.holdout.brier), false),
    row('ECE prequential over the 2,000 sends', figure((result) => result.ece), false),
    row('Brier prequential over the 2,000 sends', figure((result) => result.brier), false),
    '',
  ].join('\n'),
);
