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
import { addressParts, auditAddressErrors, type AddressErrorCounts } from './lib/audit-address-errors.js';
import { evaluateBlocking, evaluateClusters } from './lib/evaluate-clusters.js';
import { labelledDedupFiles } from './lib/labelled-dedup-files.js';
import { loadContactRecords } from './lib/load-contact-records.js';
import { readSimpleCsv } from './lib/simple-csv.js';

const mark = (ok: boolean): string => (ok ? 'PASS' : 'MISS');

/** The audit of a file's wrong pairs by street address (see audit-address-errors.ts), as Markdown. */
function addressAuditLines(
  name: string,
  rows: readonly Record<string, string>[],
  labels: readonly string[],
  clusters: readonly (readonly number[])[],
  columns: { address: string; zip: string; phone: string },
): string[] {
  const parts = rows.map((row) => addressParts(row[columns.address] ?? '', row[columns.phone] ?? ''));
  const houseAndZip = rows.filter((row, index) => labels[index] === `${parts[index]!.house}${(row[columns.zip] ?? '').trim()}`).length;
  const audit = auditAddressErrors(parts, labels, clusters);
  const row = (kind: string, counts: AddressErrorCounts): string =>
    `| ${kind} | ${counts.total} | ${counts.sameHouseOtherStreet} | ${counts.sameAddress} | ${counts.otherHouseSameStreet} | ${counts.other} | ${counts.samePhone} |`;
  return [
    `Wrong pairs of ${name} by street address. Its truth label is, on ${houseAndZip.toLocaleString('en-US')} of ${rows.length.toLocaleString('en-US')} rows, the house number followed by the ZIP (\`190060612\` is 1900 + 60612; a row without a ZIP gets the number alone). So two sites at one house number on different streets share a label (Malcolm X College at 1900 W Van Buren and the Hektoen Institute at 1900 W Polk), and one site whose ZIP is missing on some rows gets two. "Street" is the address without its house number, direction and street type, compared on its first six letters; phones are compared on their last seven digits.`,
    '',
    '| wrong pairs | total | same house, other street | same house and street | other house, same street | neither | of all, same phone |',
    '|---|---|---|---|---|---|---|',
    row('missed (one label, split)', audit.missed),
    row('extra (merged across labels)', audit.extra),
  ];
}
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
  const audits: string[] = [];
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
    if (file.addressAudit !== undefined) audits.push(...addressAuditLines(file.name, rows, labels, result.clusters, file.addressAudit));
    if (records.length >= 5000 && baselineRecords === undefined) baselineRecords = { name: file.name, records };
    const f = (value: number): string => value.toFixed(3);
    lines.push(
      `| ${file.name} | ${records.length} | ${path} | ${f(quality.pairwise.precision)} | ${f(quality.pairwise.recall)} | ${f(quality.pairwise.f1)} | ${f(quality.bCubed.f1)} | ${blocking.recall.toFixed(4)} | ${blocking.pairsPerRecord.toFixed(1)} | ${result.stats.ms.toFixed(0)} | ${mark(quality.pairwise.f1 >= 0.98)} | ${mark(quality.bCubed.f1 >= 0.97)} | ${mark(blocking.recall >= 0.995)} | ${mark(blocking.pairsPerRecord <= 20)} |`,
    );
  }
  lines.push('', 'Column mapping chosen by `mapColumns` on each file:', '', ...mappings);
  if (audits.length > 0) lines.push('', ...audits);
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
