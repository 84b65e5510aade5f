/**
 * Dedup quality on the labelled public files (../shared/data/dedup), one configuration for all:
 * pairwise and B³ F1 against the truth, blocking recall, candidate pairs per record, time; plus a
 * naive all-pairs baseline (same scorer, every pair) on the 5k-row file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRecordComparer } from '../src/contacts/dedup/compare-records.js';
import { blockCandidates, dedup } from '../src/contacts/dedup/index.js';
import { matchProbability } from '../src/contacts/dedup/fellegi-sunter.js';
import { buildFeatures } from '../src/contacts/dedup/record-features.js';
import { evaluateBlocking, evaluateClusters } from './lib/evaluate-clusters.js';
import { labelledDedupFiles } from './lib/labelled-dedup-files.js';
import { loadContactRecords } from './lib/load-contact-records.js';
import { readSimpleCsv } from './lib/simple-csv.js';

const mark = (ok: boolean): string => (ok ? 'PASS' : 'MISS');
const lines: string[] = ['## Dedup on labelled files', ''];
const pathsOf = (file: (typeof labelledDedupFiles)[number]): string[] => [file.path, ...(file.morePaths ?? [])];
const present = labelledDedupFiles.filter((file) => pathsOf(file).every((path) => existsSync(path)));
const absent = labelledDedupFiles.filter((file) => !present.includes(file));
if (absent.length > 0) lines.push(`Absent on this machine, so not measured: ${absent.map((file) => `${file.name} (${pathsOf(file).filter((path) => !existsSync(path)).join(', ')})`).join(', ')}.`, '');
if (present.length === 0) {
  lines.push('No labelled data set is present; nothing was measured.');
} else {
  lines.push(
    'Default `dedup()` options on every file (one configuration, no per-file tuning). Truth columns are stripped before mapping. The febrl files in packages/core/bench/data (dataset3, dataset4a, 4a + 4b) are held out: ../shared does not hold them and no rule was tuned on them (see SOURCES.md there); dataset4a has no duplicates, so any merged pair is false and its precision is 1.000 only when nothing is merged. Targets: pairwise F1 >= 0.98, B³ F1 >= 0.97, blocking recall >= 0.995, <= 20 candidate pairs per record.',
    '',
    '| file | records | mapping | pairwise P | pairwise R | pairwise F1 | B³ F1 | blocking recall | pairs/record | time ms | F1 | B³ | blocking | pairs |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  );
  const mappings: string[] = [];
  let baselineRecords: { name: string; records: Parameters<typeof dedup>[0] } | undefined;
  for (const file of present) {
    process.stderr.write(`dedup ${file.name}\n`);
    const rows = pathsOf(file).flatMap((path) => readSimpleCsv(readFileSync(path, 'utf8')));
    const labels = rows.map(file.label);
    const stripped = rows.map((row) => {
      const copy = { ...row };
      for (const column of file.strip) delete copy[column];
      return copy;
    });
    const { records, file: contactFile } = await loadContactRecords(stripped);
    const path = contactFile.format;
    mappings.push(`- ${file.name}: ${contactFile.mapping.columns.map((column) => `${column.column} → ${column.field === 'custom' ? `custom (${column.type ?? 'text'})` : column.field}`).join(', ')}`);
    if (process.env['DEDUP_BENCH_SHOW'] !== undefined) for (const record of records.slice(0, 4)) process.stderr.write(`${JSON.stringify(record)}\n`);
    const result = dedup(records, { returnCandidates: true });
    const quality = evaluateClusters(result.clusters, labels);
    // the pairs dedup scored: blocking's and its second pass's (a dated record and its matches' matches)
    const blocking = evaluateBlocking(result.candidates ?? blockCandidates(records), labels);
    if (records.length >= 5000 && baselineRecords === undefined) baselineRecords = { name: file.name, records };
    const f = (value: number): string => value.toFixed(3);
    lines.push(
      `| ${file.name} | ${records.length} | ${path} | ${f(quality.pairwise.precision)} | ${f(quality.pairwise.recall)} | ${f(quality.pairwise.f1)} | ${f(quality.bCubed.f1)} | ${blocking.recall.toFixed(4)} | ${blocking.pairsPerRecord.toFixed(1)} | ${result.stats.ms.toFixed(0)} | ${mark(quality.pairwise.f1 >= 0.98)} | ${mark(quality.bCubed.f1 >= 0.97)} | ${mark(blocking.recall >= 0.995)} | ${mark(blocking.pairsPerRecord <= 20)} |`,
    );
  }
  lines.push('', 'Column mapping chosen by `mapColumns` on each file:', '', ...mappings);
  if (baselineRecords !== undefined && process.env['DEDUP_BENCH_NO_BASELINE'] === undefined) {
    process.stderr.write('naive all-pairs baseline\n');
    const { records, name } = baselineRecords;
    const blocked = dedup(records);
    const started = performance.now();
    const features = buildFeatures(records);
    const comparer = createRecordComparer(features);
    const levels = new Int8Array(comparer.fields.length);
    let comparisons = 0;
    let matches = 0;
    for (let a = 0; a < features.size; a++) {
      for (let b = a + 1; b < features.size; b++) {
        comparer.compare(a, b, levels);
        comparisons++;
        if (matchProbability(blocked.model, levels) >= 0.9) matches++;
      }
    }
    const ms = performance.now() - started;
    lines.push(
      '',
      `Naive baseline on ${name}: every pair scored with the same comparer and fitted model.`,
      '',
      '| method | comparisons | pairs scored >= 0.9 | time ms |',
      '|---|---|---|---|',
      `| blocking + EM (dedup) | ${blocked.stats.comparisons} | ${blocked.stats.matchedPairs} | ${blocked.stats.ms.toFixed(0)} |`,
      `| all pairs | ${comparisons} | ${matches} | ${ms.toFixed(0)} |`,
    );
  }
}
process.stdout.write(`${lines.join('\n')}\n`);
