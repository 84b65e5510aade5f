/**
 * Enrichment runner bench: 2,000 companies through three fake providers over real HTTP against a
 * local mock server (node:http on 127.0.0.1, 50–300 ms latency, per-provider rate limits that answer
 * 429 when exceeded). Reports wall time against the lower bound the rate limits impose, a cache-hit
 * re-run, peak RSS, and spend with a budget of half the full cost. One Markdown section on stdout.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { enrichCompanies } from '../src/enrichment/enrich-companies.js';
import type { EnrichmentProvider } from '../src/enrichment/enrichment-provider.js';
import { boundedFetchJson } from '../src/enrichment/fetch/bounded-fetch-text.js';
import { openPgliteStore } from '../src/store/pglite/index.js';
import type { StoredCompany, TenantStore } from '../src/store/store.js';

const companies = 2000;
const latency = { min: 50, max: 300 };
interface FakeSpec {
  id: string;
  stage: string;
  field: string;
  perCall: number;
  rateLimit: { perSecond: number; burst: number; concurrency: number };
}
const specs: FakeSpec[] = [
  { id: 'site', stage: 'triage', field: 'description', perCall: 0, rateLimit: { perSecond: 250, burst: 25, concurrency: 96 } },
  { id: 'registry', stage: 'registry', field: 'legalName', perCall: 0.01, rateLimit: { perSecond: 100, burst: 10, concurrency: 48 } },
  { id: 'jobs', stage: 'hiring', field: 'openRoles', perCall: 0.002, rateLimit: { perSecond: 200, burst: 20, concurrency: 96 } },
];

let seed = 42;
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
}

/** Server side: one token bucket per provider (the source's own limit), 429 + Retry-After beyond it. */
const buckets = new Map(specs.map((spec) => [spec.id, { tokens: spec.rateLimit.burst, at: Date.now(), spec }]));
const served = new Map<string, number>();
let rejected429 = 0;
const server = createServer((request, response) => {
  const [, providerId = '', domain = ''] = (request.url ?? '').split('/');
  const bucket = buckets.get(providerId);
  if (bucket === undefined) {
    response.writeHead(404).end();
    return;
  }
  const now = Date.now();
  bucket.tokens = Math.min(bucket.spec.rateLimit.burst, bucket.tokens + ((now - bucket.at) / 1000) * bucket.spec.rateLimit.perSecond);
  bucket.at = now;
  // A 5 % allowance over the declared rate, as real sources measure over windows, not per request.
  if (bucket.tokens < 1 - 0.05 * bucket.spec.rateLimit.burst) {
    rejected429 += 1;
    response.writeHead(429, { 'retry-after': '1' }).end();
    return;
  }
  bucket.tokens -= 1;
  served.set(providerId, (served.get(providerId) ?? 0) + 1);
  setTimeout(() => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ domain, value: `${providerId} of ${domain}`, roles: domain.length % 5 }));
  }, latency.min + random() * (latency.max - latency.min));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

function httpProvider(spec: FakeSpec): EnrichmentProvider {
  return {
    id: spec.id,
    stage: spec.stage,
    subject: 'company',
    fields: [spec.field],
    cost: { perCall: spec.perCall, unit: 'usd' },
    rateLimit: spec.rateLimit,
    baseUrl: `${baseUrl}/${spec.id}`,
    applies: (subject, known) => subject.domain !== undefined && (spec.stage !== 'hiring' || known['description'] !== undefined),
    cacheKey: (subject) => subject.domain ?? subject.id,
    async enrich(call) {
      const answer = await boundedFetchJson(call.fetch, `${baseUrl}/${spec.id}/${call.subject.domain ?? ''}`, { signal: call.signal, provider: spec.id, maxBytes: 64_000 });
      const body = answer.json as { value: string; roles: number };
      const value = spec.field === 'openRoles' ? body.roles : body.value;
      return { status: 'ok', fields: { [spec.field]: { value, source: answer.url, confidence: 0.9 } }, signals: [], cost: spec.perCall, warnings: [] };
    },
  };
}

const store = await openPgliteStore();
async function seededTenant(id: string): Promise<TenantStore> {
  await store.ensureTenant(id);
  const tenant = store.forTenant(id);
  const at = new Date().toISOString();
  const rows: StoredCompany[] = Array.from({ length: companies }, (_, index) => ({
    id: `co-${index}`,
    name: `Company ${index}`,
    key: `company ${index}`,
    domain: `company${index}.test`,
    country: 'CZ',
    values: {},
    sources: [{ source: 'import', file: 'bench.csv', row: index + 1, at }],
    createdAt: at,
    updatedAt: at,
  }));
  await tenant.companies.upsertMany(rows);
  return tenant;
}

const providers = specs.map(httpProvider);
const lowerBoundS = Math.max(
  ...specs.map((spec) => Math.max((companies - spec.rateLimit.burst) / spec.rateLimit.perSecond, (companies * ((latency.min + latency.max) / 2)) / 1000 / spec.rateLimit.concurrency)),
);
const fullCost = specs.reduce((total, spec) => total + spec.perCall * companies, 0);

process.stderr.write(`full run: ${companies} companies × ${specs.length} providers, lower bound ${lowerBoundS.toFixed(1)} s…\n`);
const tenant = await seededTenant('bench-full');
let started = performance.now();
const full = await enrichCompanies(tenant, {
  providers,
  onProgress: (event) => {
    if (event.type === 'enrichment-subject-end' && event.done % 500 === 0) process.stderr.write(`  ${event.done}/${event.total}\n`);
  },
});
const fullS = (performance.now() - started) / 1000;
if (full.dryRun) throw new Error('unexpected dry run');

process.stderr.write('cache-hit re-run…\n');
started = performance.now();
const again = await enrichCompanies(tenant, { providers, resume: false });
const againS = (performance.now() - started) / 1000;
if (again.dryRun) throw new Error('unexpected dry run');

process.stderr.write(`budget run (budget ${(fullCost / 2).toFixed(2)} of ${fullCost.toFixed(2)})…\n`);
const budgetTenant = await seededTenant('bench-budget');
const budgeted = await enrichCompanies(budgetTenant, { providers, budget: fullCost / 2 });
if (budgeted.dryRun) throw new Error('unexpected dry run');
const budgetSpent = (await budgetTenant.enrichment.spend()).cost;

const peakMiB = process.resourceUsage().maxRSS / 1024;
server.close();
await store.close();

const ratio = fullS / lowerBoundS;
const rows: Array<[string, string, string, boolean | undefined]> = [
  ['Full run, wall time', `${fullS.toFixed(1)} s (${full.calls.paid} paid calls, ${full.calls.errors} errors)`, `≤ ${(lowerBoundS * 1.1).toFixed(1)} s`, ratio <= 1.1],
  ['Lower bound from the rate limits', `${lowerBoundS.toFixed(1)} s (ratio ${ratio.toFixed(3)})`, '—', undefined],
  ['Server 429 answers (limiter overshoot)', String(rejected429), '—', undefined],
  ['Cache-hit re-run', `${againS.toFixed(2)} s (${again.calls.cached} cached, ${again.calls.paid} paid)`, '< 1 s', againS < 1 && again.calls.paid === 0],
  ['Budget run: spent / budget', `${budgetSpent.toFixed(3)} / ${(fullCost / 2).toFixed(3)} usd (${budgeted.calls.skippedForBudget} calls skipped for budget)`, 'spent ≤ budget', budgetSpent <= fullCost / 2 + 1e-9],
  ['Peak RSS', `${peakMiB.toFixed(0)} MiB`, '—', undefined],
];
const lines = [
  '## Enrichment runner',
  '',
  `Enriches ${companies.toLocaleString('en-US')} companies with ${specs.length} fake providers (${specs.map((spec) => `${spec.id} ${spec.rateLimit.perSecond}/s`).join(', ')}) over real HTTP against a local node:http server with ${latency.min}–${latency.max} ms latency; targets: wall time within 10 % of the rate-limit lower bound, cache-hit re-run under 1 s, zero budget overrun with a budget of half the full cost.`,
  '',
  '| Measure | Value | Target | Result |',
  '| --- | --- | --- | --- |',
  ...rows.map(([measure, value, target, pass]) => `| ${measure} | ${value} | ${target} | ${pass === undefined ? '—' : pass ? 'PASS' : 'MISS'} |`),
];
process.stdout.write(`${lines.join('\n')}\n`);
