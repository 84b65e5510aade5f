/**
 * Dedup at scale on seeded synthetic contacts (`iterateContacts` from testing/): generation and
 * mapping timed apart from dedup, pairwise F1 against the generator's truth, peak RSS, and the
 * latency of resolving one new contact against the full index. Usage:
 * `node --conditions=@compound/source --import tsx packages/core/bench/dedup-synthetic.bench.ts [count]`
 * (default 1,000,000). Re-executes itself with a 4 GB heap when started with less.
 */
import { spawnSync } from 'node:child_process';
import { getHeapStatistics } from 'node:v8';
import { createDedupIndex, dedup } from '../src/contacts/dedup/index.js';
import { iterateContacts } from '../src/testing/index.js';
import { evaluateClusters } from './lib/evaluate-clusters.js';
import { loadContactRecords } from './lib/load-contact-records.js';

const count = Number(process.argv[2] ?? 1_000_000);
if (getHeapStatistics().heap_size_limit < 3.5 * 2 ** 30 && process.env['DEDUP_BENCH_CHILD'] === undefined) {
  const child = spawnSync(process.execPath, ['--max-old-space-size=4096', ...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, DEDUP_BENCH_CHILD: '1' },
  });
  process.exit(child.status ?? 1);
}

const mark = (ok: boolean): string => (ok ? 'PASS' : 'MISS');
const started = performance.now();
process.stderr.write(`generating ${count} contacts\n`);
const rows: Record<string, string>[] = [];
const labels: string[] = [];
const heldOut: Record<string, string>[] = [];
for (const generated of iterateContacts({ seed: 42, count: count + 1000 })) {
  if (rows.length < count) {
    rows.push(generated.row);
    labels.push(String(generated.entityId));
  } else heldOut.push(generated.row);
}
const { records, path } = await loadContactRecords(rows);
const fresh = (await loadContactRecords(heldOut)).records;
rows.length = 0;
const prepared = performance.now();
process.stderr.write(`dedup\n`);
const result = dedup(records);
const deduplicated = performance.now();
const quality = evaluateClusters(result.clusters, labels);
process.stderr.write('building index\n');
const indexStarted = performance.now();
const index = createDedupIndex(records, { model: result.model });
const indexMs = performance.now() - indexStarted;
const latencies: number[] = [];
for (const record of fresh) {
  const before = performance.now();
  index.resolve(record);
  latencies.push(performance.now() - before);
}
latencies.sort((a, b) => a - b);
const median = latencies[Math.floor(latencies.length / 2)] ?? 0;
const p99 = latencies[Math.floor(latencies.length * 0.99)] ?? 0;
const peakMiB = process.resourceUsage().maxRSS / 1024;
const dedupSeconds = (deduplicated - prepared) / 1000;

const lines = [
  '## Dedup on synthetic contacts',
  '',
  `${count.toLocaleString('en-US')} seeded synthetic contacts (\`iterateContacts\`, seed 42; records built by the ${path === 'pipeline' ? 'import pipeline (map + normalizeContact)' : 'stand-in mapper, the normalizer being absent'}), deduplicated in memory with default options on this machine. Targets: dedup <= 30 s and <= 2 GB peak RSS at 1M, resolve one contact <= 10 ms against the 1M index.`,
  '',
  '| measure | value | target | status |',
  '|---|---|---|---|',
  `| generation + mapping | ${((prepared - started) / 1000).toFixed(1)} s | — | — |`,
  `| dedup | ${dedupSeconds.toFixed(1)} s | <= 30 s | ${mark(dedupSeconds <= 30)} |`,
  `| end to end (generate, map, dedup) | ${((deduplicated - started) / 1000).toFixed(1)} s | — | — |`,
  `| candidate pairs per record | ${result.stats.pairsPerRecord.toFixed(1)} | <= 20 | ${mark(result.stats.pairsPerRecord <= 20)} |`,
  `| pairwise precision / recall | ${quality.pairwise.precision.toFixed(3)} / ${quality.pairwise.recall.toFixed(3)} | — | — |`,
  `| pairwise F1 | ${quality.pairwise.f1.toFixed(3)} | >= 0.98 | ${mark(quality.pairwise.f1 >= 0.98)} |`,
  `| B³ F1 | ${quality.bCubed.f1.toFixed(3)} | >= 0.97 | ${mark(quality.bCubed.f1 >= 0.97)} |`,
  `| peak RSS (whole process) | ${peakMiB.toFixed(0)} MiB | <= 2048 MiB | ${mark(peakMiB <= 2048)} |`,
  `| index build | ${(indexMs / 1000).toFixed(1)} s | — | — |`,
  `| resolve one contact, median / p99 (${latencies.length} new contacts) | ${median.toFixed(2)} / ${p99.toFixed(2)} ms | <= 10 ms | ${mark(p99 <= 10)} |`,
];
process.stdout.write(`${lines.join('\n')}\n`);
