/**
 * Streaming CSV parse throughput: generates a ~100 MiB contact-like CSV (quoted cells with commas,
 * doubled quotes and some line breaks) in a temporary folder, reads it with `readDelimited`, and
 * reports MiB/s, rows/s and peak RSS against the targets (>= 50 MiB/s, peak RSS < 3x file size).
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDelimited } from '../src/contacts/import/parse-delimited.js';

const targetBytes = Number(process.env['CSV_BENCH_MIB'] ?? 100) * 1024 * 1024;
const targetMibPerSecond = 50;
const maxRssFactor = 3;

const firstNames = ['Ada', 'Grace', 'Alan', 'Linus', 'Margaret', 'Tim', 'Barbara', 'Ken', 'Radia', 'Dennis'];
const lastNames = ['Lovelace', 'Hopper', 'Turing', 'Torvalds', 'Hamilton', 'Berners-Lee', 'Liskov', "O'Neil"];
const companies = ['"Acme, Inc."', 'Globex', '"Initech, LLC"', 'Umbrella Corp', '"Stark ""Industries"""', 'Wayne Enterprises'];
const titles = ['VP Sales', '"Head of Growth, EMEA"', 'Software Engineer', 'CEO', 'Marketing Manager'];

async function generate(path: string): Promise<number> {
  const out = createWriteStream(path);
  out.write('First Name,Last Name,Email,Phone,Company,Title,City,Notes,Connected On\n');
  let written = 0;
  let index = 0;
  while (written < targetBytes) {
    let block = '';
    for (let line = 0; line < 1000; line++, index++) {
      const first = firstNames[index % firstNames.length] as string;
      const last = lastNames[(index * 7) % lastNames.length] as string;
      const notes = index % 50 === 0 ? '"Met at the conference,\nfollow up in Q3"' : index % 3 === 0 ? 'warm lead' : '';
      block += `${first},${last},${first.toLowerCase()}.${index}@example.com,+1 415 555 ${String(index % 10000).padStart(4, '0')},${companies[index % companies.length]},${titles[index % titles.length]},San Francisco,${notes},12 Mar 2021\n`;
    }
    written += Buffer.byteLength(block);
    if (!out.write(block)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return (await stat(path)).size;
}

const folder = await mkdtemp(join(tmpdir(), 'csv-parse-bench-'));
try {
  const path = join(folder, 'contacts.csv');
  process.stderr.write(`generating ${(targetBytes / 2 ** 20).toFixed(0)} MiB in ${path}\n`);
  const size = await generate(path);
  const rssBefore = process.resourceUsage().maxRSS * 1024;
  process.stderr.write('parsing\n');
  const started = performance.now();
  const file = await readDelimited({ path });
  let rows = 0;
  let cells = 0;
  for await (const row of file.rows()) {
    rows++;
    cells += row.cells.length;
  }
  const seconds = (performance.now() - started) / 1000;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const mib = size / 2 ** 20;
  const mibPerSecond = mib / seconds;
  const rssFactor = peakRss / size;
  const pass = (ok: boolean) => (ok ? 'PASS' : 'MISS');
  const lines = [
    '## CSV streaming parse',
    '',
    `Parses a generated ${mib.toFixed(1)} MiB contact CSV (${rows.toLocaleString('en-US')} rows, ${cells.toLocaleString('en-US')} cells; quoted cells with commas, doubled quotes and line breaks) with \`readDelimited\` on this machine. Targets: >= ${targetMibPerSecond} MiB/s, peak RSS < ${maxRssFactor}x the file size.`,
    '',
    '| measure | value | target | result |',
    '| --- | --- | --- | --- |',
    `| throughput | ${mibPerSecond.toFixed(1)} MiB/s | >= ${targetMibPerSecond} MiB/s | ${pass(mibPerSecond >= targetMibPerSecond)} |`,
    `| rows per second | ${Math.round(rows / seconds).toLocaleString('en-US')} | – | – |`,
    `| wall time | ${seconds.toFixed(2)} s | – | – |`,
    `| peak RSS | ${(peakRss / 2 ** 20).toFixed(0)} MiB (${rssFactor.toFixed(2)}x file; ${(rssBefore / 2 ** 20).toFixed(0)} MiB before parsing) | < ${maxRssFactor}x file | ${pass(rssFactor < maxRssFactor)} |`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  await rm(folder, { recursive: true, force: true });
}
