/**
 * End-to-end import benchmark: parse, map, normalize, dedup, companies, fit and persist 100k
 * generated contacts on PGlite (in memory and persisted to a folder). Target: < 5 s.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importContacts, parsePlaybook, type ImportPhase } from '../src/index.js';
import { openPgliteStore } from '../src/store/pglite/index.js';
import { formatCsvRow, writeContactsCsv } from '../src/testing/index.js';

const count = 100_000;
const targetMs = 5000;
const here = dirname(fileURLToPath(import.meta.url));
const directory = await mkdtemp(join(tmpdir(), 'compound-import-bench-'));
const file = join(directory, 'contacts.csv');
const written = await writeContactsCsv(file, { seed: 7, count });
const playbookText = await readFile(join(here, '..', '..', '..', 'examples', 'playbook.md'), 'utf8');
const playbook = { version: 1, playbook: parsePlaybook(playbookText, { file: 'examples/playbook.md' }) };
process.stderr.write(`generated ${count} rows (${(written.bytes / 2 ** 20).toFixed(1)} MiB)\n`);

const newer = await writeNewerExport(join(directory, 'contacts-newer.csv'));

/**
 * The benchmark's file as a later export of the same list would give it: every 100th row's job
 * title edited (a promotion) and 1,000 rows of other generated people (seed 8) appended.
 */
async function writeNewerExport(path: string): Promise<{ file: string; edited: number; added: number; addedPeople: number }> {
  const [header = '', ...lines] = (await readFile(file, 'utf8')).trimEnd().split('\n');
  const titleAt = header.split(',').indexOf('Job Title');
  let edited = 0;
  const rows = lines.map((line, index) => {
    if (index % 100 !== 99) return line;
    const cells = splitCsvLine(line);
    cells[titleAt] = cells[titleAt] ? `Senior ${cells[titleAt]}` : 'Head of Sales';
    edited += 1;
    return formatCsvRow(cells);
  });
  const addedFile = join(directory, 'contacts-added.csv');
  const { truth } = await writeContactsCsv(addedFile, { seed: 8, count: 1000 });
  const added = (await readFile(addedFile, 'utf8')).trimEnd().split('\n').slice(1);
  await writeFile(path, `${[header, ...rows, ...added].join('\n')}\n`);
  return { file: path, edited, added: added.length, addedPeople: new Set(truth).size };
}

/** The cells of one CSV line with no line break inside a quoted cell (as the generator writes them). */
function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}

interface Run {
  label: string;
  ms: number;
  phases: Partial<Record<ImportPhase, number>>;
  /** CPU seconds of this process, PGlite's worker thread included; less sensitive to other load. */
  cpu: number;
  cpuPhases: Partial<Record<ImportPhase, number>>;
  unique: number;
  rejected: number;
  newContacts: number;
  unchangedRows: number;
  mergedIntoExisting: number;
}

async function run(label: string, dataDir: string | undefined, worker = true, from = file): Promise<Run> {
  const store = await openPgliteStore({ dataDir, worker });
  await store.ensureTenant('bench');
  const phases: Partial<Record<ImportPhase, number>> = {};
  const cpuPhases: Partial<Record<ImportPhase, number>> = {};
  const cpuNow = () => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  };
  const cpuStarted = cpuNow();
  let cpuPhaseStart = cpuStarted;
  let phaseStart = performance.now();
  let current: ImportPhase | undefined;
  const started = performance.now();
  const report = await importContacts(store.forTenant('bench'), {
    file: from,
    playbook,
    onProgress: (progress) => {
      if (progress.phase !== current) {
        const now = performance.now();
        const cpuAt = cpuNow();
        if (current) {
          phases[current] = (phases[current] ?? 0) + (now - phaseStart);
          cpuPhases[current] = (cpuPhases[current] ?? 0) + (cpuAt - cpuPhaseStart);
        }
        current = progress.phase;
        phaseStart = now;
        cpuPhaseStart = cpuAt;
      }
    },
  });
  const ms = performance.now() - started;
  const cpu = cpuNow() - cpuStarted;
  if (current) {
    phases[current] = (phases[current] ?? 0) + (performance.now() - phaseStart);
    cpuPhases[current] = (cpuPhases[current] ?? 0) + (cpuNow() - cpuPhaseStart);
  }
  await store.close();
  process.stderr.write(`${label}: ${ms.toFixed(0)} ms\n`);
  return { label, ms, phases, cpu, cpuPhases, unique: report.unique, rejected: report.rejected.length, newContacts: report.newContacts, unchangedRows: report.unchangedRows, mergedIntoExisting: report.mergedIntoExisting };
}

const runs: Run[] = [
  await run('PGlite, no dataDir (temp folder)', undefined),
  await run('PGlite persisted to a folder', join(directory, 'db')),
  // The same file into the same workspace again, reopened, as a weekly re-export would be.
  await run('PGlite persisted, the same file again (re-import)', join(directory, 'db')),
  // A newer export of the same list: some rows edited, some people added.
  await run(`PGlite persisted, a newer export (${newer.edited.toLocaleString('en-US')} rows edited, ${newer.added.toLocaleString('en-US')} added)`, join(directory, 'db'), true, newer.file),
  await run('PGlite on the main thread (worker: false), temp folder', undefined, false),
];
const rssMiB = process.resourceUsage().maxRSS / 1024;
const newerRun = runs.find((entry) => entry.label.includes('newer export'));
await rm(directory, { recursive: true, force: true });

const lines = [
  '## Import end to end (100k contacts)',
  '',
  `Parse, map, normalize, dedup, link companies, score fit against examples/playbook.md and save, for ${count.toLocaleString('en-US')} generated contacts (${(written.bytes / 2 ** 20).toFixed(1)} MiB CSV, 20% duplicates). Target: < 5 s on PGlite.`,
  '',
  'The re-import row imports the same file into the persisted workspace again, after a reopen: every row is found as already imported (the same cells, read the same way) and linked to its contact, which is left as it was. Its workspace cell is reading the stored contacts (as summaries) and looking up the rows\' keys. The newer-export row then imports a later export of the same list into that workspace: every 100th row with its job title edited and 1,000 other people appended; the rows seen before are linked, and only the edited and added rows are matched (against the stored contacts) and merged. Neither is held to the target, which is for a first import.',
  '',
  'Each cell is wall time, then CPU time of this process in brackets (all threads; less sensitive to other load on the machine). "companies+fit" includes merging each cluster into one contact. PGlite runs in a worker thread and writes while the main thread merges and scores, so "save" is only what is left to wait for after scoring.',
  '',
  '| store | total | rows/s | MiB/s | read+normalize | workspace | dedup | companies+fit | save | unique | new contacts | rows unchanged | rejected | target |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ...runs.map((entry) => {
    const phase = (...names: ImportPhase[]) => {
      const sum = (from: Partial<Record<ImportPhase, number>>) => names.reduce((total, name) => total + (from[name] ?? 0), 0) / 1000;
      return `${sum(entry.phases).toFixed(2)} s (${sum(entry.cpuPhases).toFixed(2)})`;
    };
    return `| ${entry.label} | ${(entry.ms / 1000).toFixed(2)} s (${(entry.cpu / 1000).toFixed(2)}) | ${Math.round(count / (entry.ms / 1000)).toLocaleString('en-US')} | ${(written.bytes / 2 ** 20 / (entry.ms / 1000)).toFixed(2)} | ${phase('read', 'map', 'normalize')} | ${phase('workspace')} | ${phase('dedup')} | ${phase('companies', 'fit')} | ${phase('save')} | ${entry.unique.toLocaleString('en-US')} | ${entry.newContacts.toLocaleString('en-US')} | ${entry.unchangedRows.toLocaleString('en-US')} | ${entry.rejected} | ${entry.label.includes('re-import') || entry.label.includes('newer export') ? '—' : entry.ms < targetMs ? 'PASS' : 'MISS'} |`;
  }),
  '',
  ...(newerRun
    ? [
        `In the newer export, ${newerRun.unchangedRows.toLocaleString('en-US')} rows were unchanged, ${newerRun.mergedIntoExisting.toLocaleString('en-US')} stored contacts took rows (the edited ones, and added people the list already held), and ${newerRun.newContacts.toLocaleString('en-US')} contacts were created; the ${newer.added.toLocaleString('en-US')} added rows hold ${newer.addedPeople.toLocaleString('en-US')} generated people.`,
        '',
      ]
    : []),
  `Peak RSS of the benchmark process: ${rssMiB.toFixed(0)} MiB. 1-minute load average at the end: ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} CPUs.`,
];
process.stdout.write(`${lines.join('\n')}\n`);
