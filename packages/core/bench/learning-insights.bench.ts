/**
 * Insights bench: learningInsights over 100k seeded send observations (5 segments × 4 angles ×
 * 2 channels, weekdays, hours, company sizes, signal windows; one real effect planted), timed end to
 * end. Prints one Markdown section to stdout; progress goes to stderr.
 */
import { learningInsights } from '../src/learning/insights/index.js';
import { simulateObservations } from '../src/learning/insights/__fixtures__/simulate-observations.js';

const sends = 100_000;
const targetMs = 1000;
const runs = 7;
const warmups = 2;

process.stderr.write(`generating ${sends.toLocaleString('en-US')} observations…\n`);
const observations = simulateObservations({
  sends,
  seed: 20240601,
  rate: ({ segment, angle, channel }) => (segment === 'SaaS' && angle === 'roi' ? 0.06 : 0.04) * (channel === 'linkedin' ? 1.3 : 1),
});

let last = learningInsights(observations);
const samples: number[] = [];
for (let run = 0; run < warmups + runs; run++) {
  const start = performance.now();
  last = learningInsights(observations);
  const elapsed = performance.now() - start;
  if (run >= warmups) samples.push(elapsed);
  process.stderr.write(`run ${run + 1}: ${elapsed.toFixed(0)} ms\n`);
}
const sorted = [...samples].sort((left, right) => left - right);
const median = sorted[sorted.length >> 1] ?? 0;
const worst = sorted[sorted.length - 1] ?? 0;
const count = (kind: string) => last.filter((insight) => insight.kind === kind).length;
const rssMb = process.resourceUsage().maxRSS / 1024;

const lines = [
  '## Learning insights (100k send observations)',
  '',
  `learningInsights over ${sends.toLocaleString('en-US')} seeded observations (5 segments × 4 angles × 2 channels, 7 weekdays, 5 hour bands, 7 company-size bands, 5 signal windows; roi in SaaS at 6% vs 4% and LinkedIn 1.3x planted): counting, every one-vs-rest test, Benjamini–Hochberg, intervals, power statements and playbook suggestions. Median of ${runs} runs after ${warmups} warm-ups; target < ${targetMs} ms.`,
  '',
  '| Measure | Figure | Target | Result |',
  '| --- | ---: | ---: | --- |',
  `| Insights over 100k observations (median) | ${median.toFixed(0)} ms | < ${targetMs} ms | ${median < targetMs ? 'PASS' : 'MISS'} |`,
  `| Slowest of ${runs} runs | ${worst.toFixed(0)} ms | | |`,
  `| Claims / suggestions / not-enough-data statements | ${count('claim')} / ${count('playbook-suggestion')} / ${count('not-enough-data')} | | |`,
  `| Peak RSS | ${rssMb.toFixed(0)} MB | | |`,
  '',
];
process.stdout.write(`${lines.join('\n')}\n`);
