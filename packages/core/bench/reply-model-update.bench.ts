/**
 * Reply-model update bench: time per `update` (one send outcome) on a model that already holds
 * 20,000 sends, with 8 features per send (segment, angle, channel, seniority, industry, size band,
 * fit, days since signal) and the Platt layer refitting every 100 updates.
 * Prints one Markdown section to stdout; progress goes to stderr.
 */
import { createReplyModel } from '../src/learning/reply-model/index.js';
import { seededRandom } from '../src/testing/seeded-random.js';

const warmSends = 20_000;
const measuredSends = 20_000;
const targetMs = 1;

const random = seededRandom(7);
const example = () => ({
  features: {
    segment: random.pick(['saas-smb', 'saas-mid', 'fintech', 'health', 'retail']),
    angle: random.pick(['roi', 'pain', 'social-proof', 'efficiency']),
    channel: random.pick(['email', 'linkedin']),
    seniority: random.pick(['vp', 'director', 'manager', 'c-level', 'ic']),
    industry: `industry-${random.int(0, 39)}`,
    size: random.pick(['1-10', '11-50', '51-200', '201-500', '500+']),
    fit: random.next(),
    daysSinceSignal: random.int(0, 120),
  },
  success: random.next() < 0.04,
});

process.stderr.write('warming the model…\n');
const model = createReplyModel();
for (let index = 0; index < warmSends; index += 1) model.update(example());
const examples = Array.from({ length: measuredSends }, example);
const samples = new Float64Array(measuredSends);
for (let index = 0; index < measuredSends; index += 1) {
  const start = performance.now();
  model.update(examples[index] as ReturnType<typeof example>);
  samples[index] = performance.now() - start;
}
samples.sort();
const mean = samples.reduce((sum, value) => sum + value, 0) / measuredSends;
const p99 = samples[Math.floor(measuredSends * 0.99)] ?? Number.NaN;
const max = samples[measuredSends - 1] ?? Number.NaN;
const lines = [
  '## Reply model: one update',
  '',
  `Time of one \`ReplyModel.update\` (8 features, Platt refit every 100 updates included) on a model holding ${warmSends.toLocaleString('en-US')} sends, over ${measuredSends.toLocaleString('en-US')} updates. Target: < ${targetMs} ms per update.`,
  '',
  '| statistic | ms | target | result |',
  '| --- | ---: | ---: | --- |',
  `| mean | ${mean.toFixed(4)} | < ${targetMs} | ${mean < targetMs ? 'PASS' : 'MISS'} |`,
  `| p99 | ${p99.toFixed(4)} | < ${targetMs} | ${p99 < targetMs ? 'PASS' : 'MISS'} |`,
  `| max (single worst update: a Platt refit or scheduler noise) | ${max.toFixed(4)} | — | — |`,
];
process.stdout.write(`${lines.join('\n')}\n`);
