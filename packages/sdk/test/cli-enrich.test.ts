import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run-cli.js';

const server = setupServer();
let directory: string;
const requests: string[] = [];

const homepage = `<!doctype html><html><head><title>Acme Robotics</title>
<meta name="description" content="Acme Robotics builds warehouse automation software for logistics teams.">
<script src="https://www.googletagmanager.com/gtm.js?id=GTM-X"></script>
<script src="https://js.hs-scripts.com/123.js"></script></head>
<body><p>Acme Robotics builds warehouse automation software.</p></body></html>`;

async function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli([...args, '--workspace', join(directory, 'ws')], {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd: directory,
    env,
    interactive: false,
  });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  server.listen({
    onUnhandledRequest: (request, print) => {
      requests.push(request.url);
      print.error();
    },
  });
  directory = await mkdtemp(join(tmpdir(), 'compound-enrich-'));
  await writeFile(
    join(directory, 'contacts.csv'),
    ['First Name,Last Name,Email,Company,Website,Industry', 'Ada,Lovelace,ada@acme-robotics.example,Acme Robotics,https://acme-robotics.example,Software'].join('\n'),
  );
  expect((await run(['import', 'contacts.csv'])).code).toBe(0);
});

afterAll(async () => {
  server.close();
  await rm(directory, { recursive: true, force: true });
});

describe('compound enrich and company', () => {
  it('enrich --dry-run --json prints the pre-flight plan and makes no network call', async () => {
    const result = await run(['enrich', '--dry-run', '--json']);
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.stdout) as {
      subjects: number;
      plannedCalls: number;
      maxCost: number;
      byProvider: Record<string, { calls: number; maxCost: number }>;
      skipped: Array<{ providerId: string; stage: string; subjects: number; reason: string }>;
    };
    // One company and its one contact (the person stage).
    expect(plan.subjects).toBe(2);
    expect(plan.byProvider['person']).toEqual({ calls: 1, maxCost: expect.any(Number) });
    expect(plan.plannedCalls).toBeGreaterThan(0);
    expect(plan.byProvider['website']).toEqual({ calls: 1, maxCost: expect.any(Number) });
    expect(plan).toMatchObject({ companies: 1, people: 1 });
    // No ANTHROPIC_API_KEY: the run would not call research; no Czech company: no IČO for ISIR.
    expect(plan.byProvider['research']).toEqual({ calls: 0, maxCost: 0 });
    expect(plan.byProvider['isir']).toEqual({ calls: 0, maxCost: 0 });
    expect(plan.skipped).toContainEqual({ providerId: 'research', stage: 'research', subjects: 1, reason: 'no model' });
    expect(requests).toEqual([]);
  });

  it('enrich --dry-run counts companies and contacts apart', async () => {
    const result = await run(['enrich', '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Would enrich 1 company and 1 contact with up to \d+ calls, costing at most \$/);
    expect(result.stdout).toContain('\n  research: 1 company (no model: set ANTHROPIC_API_KEY to run it)\n');
  });

  it('enriches from the website stage and shows the profile with sources', async () => {
    server.use(
      http.get('https://acme-robotics.example/', () => new HttpResponse(homepage, { headers: { 'content-type': 'text/html' } })),
      http.get('https://acme-robotics.example/*', () => new HttpResponse(null, { status: 404 })),
    );
    const result = await run(['enrich', '--stages', 'triage', '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as { done: number; calls: { paid: number } };
    expect(summary.done).toBe(1);
    expect(summary.calls.paid).toBeGreaterThan(0);

    const profile = JSON.parse((await run(['company', 'acme-robotics.example', '--json'])).stdout) as {
      fields: Record<string, { value: unknown; source: string; fetchedAt: string; confidence: number }>;
      signals: unknown[];
    };
    expect(profile.fields['description']?.value).toMatch(/warehouse automation/);
    expect(profile.fields['description']?.source).toMatch(/acme-robotics\.example/);
    expect(profile.fields['description']?.confidence).toBeGreaterThan(0);
    expect(Array.isArray(profile.signals)).toBe(true);
    // The imported industry is the user's value: kept, never overwritten by a provider.
    expect(profile.fields['industry']?.value).toBe('Software');

    const again = JSON.parse((await run(['enrich', '--stages', 'triage', '--json'])).stdout) as {
      calls: { paid: number; cached: number };
      fieldsByStage: Record<string, number>;
      fieldsFromCacheByStage: Record<string, number>;
    };
    expect(again.calls.paid).toBe(0);
    // Served from the cache, not found by this run.
    expect(again.fieldsByStage).toEqual({});
    expect(again.fieldsFromCacheByStage['triage']).toBeGreaterThan(0);
  });

  it('the person stage enriches contacts (title, email checks; MX not run offline)', async () => {
    const result = await run(['enrich', '--stages', 'person', '--json'], { COMPOUND_OFFLINE: '1' });
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as { subjects: number; companies: number; people: number; fieldsByStage: Record<string, number> };
    expect(summary.subjects).toBe(1);
    expect(summary).toMatchObject({ companies: 0, people: 1 });
    const human = await run(['enrich', '--stages', 'person'], { COMPOUND_OFFLINE: '1' });
    expect(human.stdout).toMatch(/^Enriched: 1 of 1 \(0 companies, 1 contact\)/);
    expect(summary.fieldsByStage['person']).toBeGreaterThan(0);
    expect(requests).toEqual([]);
  });

  it('with COMPOUND_OFFLINE=1 nothing is called over the network, and the summary says so once', async () => {
    const offline = { COMPOUND_OFFLINE: '1' };
    const plan = await run(['enrich', '--dry-run'], offline);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toMatch(/\nOffline \(COMPOUND_OFFLINE is set\): no network call planned; \d+ calls not planned \(website 1, news 1/);
    expect(plan.stdout).not.toMatch(/ {2}website( |:)/);
    const result = await run(['enrich', '--stale'], offline);
    expect(result.code).toBe(0);
    expect(result.stdout.match(/offline/g)).toHaveLength(1);
    expect(result.stdout).toMatch(/^Enriched: 2 of 2 .*\n {2}offline \(COMPOUND_OFFLINE is set\): no network call made; \d+ calls? not run \([^)]*news 1/);
    expect(result.stdout).not.toContain('not run:');
    expect(result.stdout).toMatch(/, 0 errors, /);
    const summary = JSON.parse((await run(['enrich', '--json'], offline)).stdout) as { offline: boolean; calls: { errors: number }; byProvider: Record<string, { notRunReasons: string[] }> };
    expect(summary).toMatchObject({ offline: true, calls: { errors: 0 } });
    expect(summary.byProvider['news']?.notRunReasons).toEqual(['offline (COMPOUND_OFFLINE is set)']);
    expect(requests).toEqual([]);
  });

  it('company on an unknown domain is a clear error', async () => {
    const result = await run(['company', 'nope.example']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/No company "nope\.example"/);
  });
});
