import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPgliteStore } from '@compound/core/store/pglite';
import { cli } from './run-cli-helper.js';

const server = setupServer();
let directory: string;
const companies = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'];

interface Summary {
  resumed: boolean;
  aborted: boolean;
  done: number;
  calls: { paid: number; ledger: number; cached: number; errors: number };
}

// Not COMPOUND_OFFLINE, which would call no website: msw is the network here.
function run(args: string[], workspace: string) {
  return cli([...args, '--workspace', join(directory, workspace)], directory, {});
}

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  directory = await mkdtemp(join(tmpdir(), 'compound-enrich-interrupt-'));
  const rows = companies.map((name, index) => `P${index},Person,p${index}@${name}.example,${name[0]?.toUpperCase()}${name.slice(1)} Labs,https://${name}.example`);
  await writeFile(join(directory, 'contacts.csv'), ['First Name,Last Name,Email,Company,Website', ...rows].join('\n'));
});

afterEach(() => server.resetHandlers());

afterAll(async () => {
  server.close();
  await rm(directory, { recursive: true, force: true });
});

/**
 * Sites of which alpha and beta answer at once, the others after `slowMs()` ms (long while a run is
 * to be stopped, so a loaded machine cannot finish them before the signal); `onPage` sees each request.
 */
function serveSites(onPage: (url: URL) => void, slowMs: () => number): void {
  server.use(
    http.get(/^https:\/\/[a-z]+\.example\//, async ({ request }) => {
      const url = new URL(request.url);
      onPage(url);
      if (url.pathname !== '/') return new HttpResponse(null, { status: 404 });
      if (!['alpha.example', 'beta.example'].includes(url.hostname)) await delay(slowMs());
      return new HttpResponse(`<html><head><meta name="description" content="${url.hostname} makes warehouse software."></head><body><p>${url.hostname}</p></body></html>`, {
        headers: { 'content-type': 'text/html' },
      });
    }),
  );
}

describe.each(['SIGINT', 'SIGTERM'] as const)('compound enrich stopped by %s', (signal) => {
  it('prints the summary, exits 130, and the rerun resumes without paying a call twice', async () => {
    const workspace = `ws-${signal}`;
    expect((await run(['import', 'contacts.csv'], workspace)).code).toBe(0);
    // Ctrl-C (or `pnpm compound` passing it on as SIGTERM) while the slow sites are still loading.
    // The signal comes once alpha and beta have answered and gamma is loading, with 0.5 s for the
    // answers to be recorded: a loaded machine has 10 s before the slow sites could answer.
    const fastServed = new Set<string>();
    let gammaAsked = false;
    let signalled = false;
    let slow = 10_000;
    const stopWhenReady = () => {
      if (signalled || !gammaAsked || fastServed.size < 2) return;
      signalled = true;
      setTimeout(() => process.emit(signal), 500);
    };
    serveSites(
      (url) => {
        if (url.hostname === 'gamma.example') gammaAsked = true;
        if (['alpha.example', 'beta.example'].includes(url.hostname)) fastServed.add(url.hostname);
        stopWhenReady();
      },
      () => slow,
    );
    const stopped = await run(['enrich', '--stages', 'triage', '--json'], workspace);
    slow = 50;
    expect(stopped.code).toBe(130);
    const first = JSON.parse(stopped.stdout) as Summary;
    expect(first.aborted).toBe(true);
    expect(first.done).toBeLessThan(companies.length);
    expect(first.calls.paid).toBeGreaterThanOrEqual(1);
    expect(process.listenerCount('SIGINT') + process.listenerCount('SIGTERM')).toBe(0);

    const rerun = await run(['enrich', '--stages', 'triage', '--json'], workspace);
    expect(rerun.code).toBe(0);
    const second = JSON.parse(rerun.stdout) as Summary;
    expect(second).toMatchObject({ resumed: true, aborted: false, done: companies.length });
    // What the first run paid is answered from its ledger; every company is paid for once in all.
    expect(second.calls.ledger).toBe(first.calls.paid);
    expect(first.calls.paid + second.calls.paid).toBe(companies.length);
    expect(second.calls.errors).toBe(0);

    const human = await run(['enrich', '--stages', 'triage'], workspace);
    expect(human.stdout).toMatch(/^Enriched: 8 of 8 \(8 companies, 0 contacts\)\n.*\n {2}calls: 0 made \(0 found data, 0 found nothing, 0 ambiguous\), 8 from cache/);
  });
});

describe('compound enrich and company: argument mistakes and the JSON contract', () => {
  it('an unknown --stages name is a usage error that lists the stages, and nothing runs', async () => {
    const result = await run(['enrich', '--stages', 'triage,hirring', '--dry-run'], 'ws-stages');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/unknown stage "hirring"; the stages are triage, hiring, news, registry, insolvency, person, research, qc/);
  });

  it('company --json always has the contract fields in order, domain null for a company without one', async () => {
    await writeFile(join(directory, 'nodomain.csv'), ['First Name,Last Name,Company,Country', 'Ola,Nordmann,Fjordlink AS,NO'].join('\n'));
    expect((await run(['import', 'nodomain.csv'], 'ws-nodomain')).code).toBe(0);
    // A company without a domain is found by its id (read from the workspace's store).
    const store = await openPgliteStore({ dataDir: join(directory, 'ws-nodomain', 'db') });
    const [company] = await store.forTenant('default').companies.list();
    await store.close();
    expect(company?.domain).toBeUndefined();
    const result = await run(['company', company?.id ?? '', '--json'], 'ws-nodomain');
    expect(result.code).toBe(0);
    const profile = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(profile)).toEqual(['id', 'name', 'domain', 'fields', 'signals', 'conflicts']);
    expect(profile).toMatchObject({ id: company?.id, name: 'Fjordlink AS', domain: null, signals: [], conflicts: [] });
    // and by its name, as imported or without its legal form
    for (const name of ['Fjordlink AS', 'fjordlink']) {
      const byName = await run(['company', name, '--json'], 'ws-nodomain');
      expect(byName.code).toBe(0);
      expect(JSON.parse(byName.stdout)).toMatchObject({ id: company?.id });
    }
    const unknown = await run(['company', 'Fjordlinks'], 'ws-nodomain');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/No company "Fjordlinks" in this workspace/);
  });
});
