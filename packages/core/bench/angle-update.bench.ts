/**
 * Angle-learner bench: the cost of one event update, and of the loop step a sender runs per message
 * (update, then recommendAngle, which re-pools the hierarchy and computes P(best)), on a learner with
 * 5 segments × 4 angles × 2 channels. Prints one Markdown section to stdout; progress goes to stderr.
 */
import { createAngleLearner } from '../src/learning/angle-learner/index.js';
import { seededUniform } from '../src/learning/stats/seeded-uniform.js';

const targetMs = 1;
const updates = 200_000;
const loopSteps = 5_000;
const segments = ['SaaS', 'Fintech', 'Healthcare', 'Retail', 'Logistics'];
const angles = ['roi', 'pain', 'social-proof', 'curiosity'];
const channels = ['email', 'linkedin'];

const random = seededUniform(7);
const learner = createAngleLearner({ angles, channels, random: seededUniform(8) });
const observation = (index: number) => ({
  segment: segments[index % segments.length] ?? '',
  angle: angles[(index >> 3) % angles.length] ?? '',
  channel: channels[(index >> 5) % channels.length] ?? '',
  success: random() < 0.04,
});

process.stderr.write(`timing ${updates.toLocaleString('en-US')} updates…\n`);
const updateStart = performance.now();
for (let index = 0; index < updates; index++) learner.update(observation(index));
const updateMeanMs = (performance.now() - updateStart) / updates;

process.stderr.write(`timing ${loopSteps.toLocaleString('en-US')} update + recommend steps…\n`);
const stepTimes: number[] = [];
for (let index = 0; index < loopSteps; index++) {
  const start = performance.now();
  learner.update(observation(index));
  learner.recommendAngle({ segment: segments[index % segments.length] ?? '' });
  stepTimes.push(performance.now() - start);
}
stepTimes.sort((left, right) => left - right);
const stepMedian = stepTimes[stepTimes.length >> 1] ?? 0;
const stepP99 = stepTimes[Math.floor(stepTimes.length * 0.99)] ?? 0;
const stepMean = stepTimes.reduce((sum, value) => sum + value, 0) / stepTimes.length;

const lines = [
  '## Angle learner: one event update',
  '',
  `An angle learner over 5 segments × 4 angles × 2 channels: the mean cost of one \`update\` over ${updates.toLocaleString('en-US')} events, and of a full loop step (\`update\` then \`recommendAngle\` across both channels, which re-pools the hierarchy with empirical-Bayes strengths, samples Thompson draws and estimates P(best) from 400 joint draws) over ${loopSteps.toLocaleString('en-US')} steps. Target < ${targetMs} ms per event update.`,
  '',
  '| Measure | Figure | Target | Result |',
  '| --- | ---: | ---: | --- |',
  `| One update (mean) | ${(updateMeanMs * 1000).toFixed(2)} µs | < ${targetMs} ms | ${updateMeanMs < targetMs ? 'PASS' : 'MISS'} |`,
  `| Update + recommendAngle (median) | ${stepMedian.toFixed(3)} ms | < ${targetMs} ms | ${stepMedian < targetMs ? 'PASS' : 'MISS'} |`,
  `| Update + recommendAngle (mean / p99) | ${stepMean.toFixed(3)} / ${stepP99.toFixed(3)} ms | | |`,
  `| Pooling strengths at the end (angle / channel / segment) | ${Object.values(learner.strengths()).map((value) => value.toFixed(0)).join(' / ')} | | |`,
  '',
];
process.stdout.write(`${lines.join('\n')}\n`);
