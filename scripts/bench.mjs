// Runs every benchmark (packages/*/bench/*.bench.ts), each in its own process so peak-memory
// figures don't mix, and writes BENCHMARKS.md: machine, date, and one section per benchmark.
// `pnpm bench csv dedup` runs only the benchmarks whose file name contains one of the words and
// replaces just their sections.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, platform, release } from 'node:os';
import { join, basename } from 'node:path';

const filters = process.argv.slice(2);
const files = readdirSync('packages')
  .flatMap((pkg) => {
    const dir = join('packages', pkg, 'bench');
    return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).map((f) => join(dir, f)) : [];
  })
  .sort();
const selected = files.filter((file) => filters.length === 0 || filters.some((word) => basename(file).includes(word)));
if (selected.length === 0) {
  process.stderr.write(`no benchmark matches ${filters.join(' ')}; have: ${files.map((f) => basename(f)).join(', ')}\n`);
  process.exit(1);
}

const marker = (name) => [`<!-- bench:${name} -->`, `<!-- /bench:${name} -->`];
const previous = existsSync('BENCHMARKS.md') ? readFileSync('BENCHMARKS.md', 'utf8') : '';
const sections = new Map();
for (const file of files) {
  const name = basename(file, '.bench.ts');
  const [open, close] = marker(name);
  const start = previous.indexOf(open);
  const end = previous.indexOf(close);
  if (start >= 0 && end > start) sections.set(name, previous.slice(start + open.length, end).trim());
}

let failed = 0;
for (const file of selected) {
  const name = basename(file, '.bench.ts');
  process.stderr.write(`\n=== ${name} (${file})\n`);
  const started = Date.now();
  const load = loadavg()[0].toFixed(1);
  const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const result = spawnSync(process.execPath, ['--conditions=@compound/source', '--import', 'tsx', file], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    failed += 1;
    sections.set(name, `## ${name}\n\nThe benchmark failed (exit ${result.status}) on this run; see its output.`);
  } else {
    sections.set(
      name,
      `${result.stdout.trim()}\n\n_Run ${when} UTC in ${seconds} s (\`${file}\`); 1-minute load average at start: ${load} on ${cpus().length} cores (above ~1, other work was competing for the CPU and times are inflated)._`,
    );
  }
}

const cpu = cpus();
const header = [
  '# Benchmarks',
  '',
  'Written by `pnpm bench` (scripts/bench.mjs); each benchmark runs in its own Node process. Targets come from the issues;',
  'each table says PASS or MISS against them. Figures are from the machine below; re-run to refresh.',
  '',
  `- Last run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC (sections refreshed in that run: ${selected.map((f) => basename(f, '.bench.ts')).join(', ')})`,
  `- Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${platform()} ${release()}`,
  `- Node ${process.version}`,
  '',
].join('\n');
const body = [...sections.entries()]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([name, text]) => {
    const [open, close] = marker(name);
    return `${open}\n${text}\n${close}`;
  })
  .join('\n\n');
writeFileSync('BENCHMARKS.md', `${header}\n${body}\n`);
process.stderr.write(`\nwrote BENCHMARKS.md (${selected.length} benchmark(s), ${failed} failed)\n`);
process.exit(failed > 0 ? 1 : 0);
