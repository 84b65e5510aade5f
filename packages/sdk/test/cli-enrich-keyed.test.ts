import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli-helper.js';

const server = setupServer();
const anthropic = 'https://anthropic.test';
let directory: string;
const modelCalls: string[] = [];

const page = (name: string) => `<!doctype html><html><head><title>${name}</title>
<meta name="description" content="${name} builds warehouse automation software for logistics teams.">
<script src="https://www.googletagmanager.com/gtm.js?id=GTM-X"></script></head>
<body><p>${name} builds warehouse automation software for logistics teams in Europe.</p></body></html>`;

function message(text: string) {
  return HttpResponse.json({
    id: 'msg_1',
    type: 'message',
    role: 'assistant',
    model: 'claude-haiku-4-5',
    content: [{ type: 'text', text }],
    stop_reason: 'end_turn',
    stop_sequence: null,
    usage: { input_tokens: 2_000, output_tokens: 400 },
  });
}

// Not COMPOUND_OFFLINE: offline calls nothing, the model included; msw is this test's whole network
// (`onUnhandledRequest: 'error'`), and the stages run need no DNS.
function run(args: string[], env: Record<string, string> = {}) {
  return cli([...args, '--workspace', join(directory, 'ws')], directory, { ANTHROPIC_API_KEY: 'sk-test', COMPOUND_ANTHROPIC_URL: anthropic, ...env });
}

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  server.use(
    http.post(`${anthropic}/v1/messages`, async ({ request }) => {
      const body = (await request.json()) as { system?: string };
      const research = (body.system ?? '').startsWith('You research');
      modelCalls.push(research ? 'research' : 'classify');
      if (research) return message(JSON.stringify({ competitors: [{ name: 'Locus Robotics', reason: 'warehouse robots' }], likelyPains: [{ text: 'labour costs', basis: 'logistics' }] }));
      return message(JSON.stringify({ industry: 'software', businessModel: 'b2b', evidence: 'warehouse automation software' }));
    }),
    http.get(/^https:\/\/(alpha|beta|gamma)\.example\/$/, ({ request }) => new HttpResponse(page(new URL(request.url).hostname), { headers: { 'content-type': 'text/html' } })),
    http.get(/^https:\/\/(alpha|beta|gamma)\.example\/.+/, () => new HttpResponse(null, { status: 404 })),
  );
  directory = await mkdtemp(join(tmpdir(), 'compound-enrich-keyed-'));
  await writeFile(
    join(directory, 'contacts.csv'),
    [
      'First Name,Last Name,Email,Company,Website',
      'Ada,Lovelace,ada@alpha.example,Alpha,https://alpha.example',
      'Bob,Builder,bob@beta.example,Beta,https://beta.example',
      'Cy,Twombly,cy@gamma.example,Gamma,https://gamma.example',
    ].join('\n'),
  );
  expect((await run(['import', 'contacts.csv'])).code).toBe(0);
});

afterAll(async () => {
  server.close();
  await rm(directory, { recursive: true, force: true });
});

interface Summary {
  spend: { total: number; budget?: number; withinBudget: boolean };
  calls: { paid: number; ok: number; noData: number; ambiguous: number; cached: number; skippedForBudget: number };
}

describe('compound enrich with a model key (network mocked)', () => {
  it('keeps to --budget, then pays the rest once, and a rerun is all cache hits at no cost', async () => {
    const stages = ['--stages', 'triage,research'];
    const plan = JSON.parse((await run(['enrich', ...stages, '--dry-run', '--json'])).stdout) as { plannedCalls: number; maxCost: number; byProvider: Record<string, { calls: number; maxCost: number }> };
    expect(plan.plannedCalls).toBe(6);
    expect(plan.maxCost).toBeCloseTo(Object.values(plan.byProvider).reduce((total, entry) => total + entry.maxCost, 0), 10);
    expect(modelCalls).toEqual([]);

    const capped = JSON.parse((await run(['enrich', ...stages, '--budget', '0.01', '--json'])).stdout) as Summary;
    expect(capped.spend.total).toBeLessThanOrEqual(0.01);
    expect(capped.spend).toMatchObject({ budget: 0.01, withinBudget: true });
    expect(capped.calls.paid + capped.calls.skippedForBudget).toBe(6);
    expect(capped.calls.paid).toBe(capped.calls.ok + capped.calls.noData + capped.calls.ambiguous);
    expect(modelCalls).toHaveLength(capped.calls.paid);

    const rest = JSON.parse((await run(['enrich', ...stages, '--json'])).stdout) as Summary;
    expect(rest.calls.paid + rest.calls.cached).toBe(6);
    expect(modelCalls).toHaveLength(6);
    // $0.004 a call at 2,000 input and 400 output tokens (Haiku 4.5: $1 and $5 per million).
    expect(capped.spend.total + rest.spend.total).toBeCloseTo(6 * 0.004, 10);

    const again = JSON.parse((await run(['enrich', ...stages, '--json'])).stdout) as Summary;
    expect(again.calls).toMatchObject({ paid: 0, cached: 6 });
    expect(again.spend.total).toBe(0);
    expect(modelCalls).toHaveLength(6);
  });

  it('with COMPOUND_OFFLINE=1 the model is not called either, key or not: research answers not run, offline', async () => {
    const before = modelCalls.length;
    const stages = ['--stages', 'triage,research'];
    const plan = JSON.parse((await run(['enrich', ...stages, '--dry-run', '--json'], { COMPOUND_OFFLINE: '1' })).stdout) as { offline: boolean; plannedCalls: number };
    expect(plan).toMatchObject({ offline: true, plannedCalls: 0 });
    const result = await run(['enrich', '--stages', 'research', '--json'], { COMPOUND_OFFLINE: '1' });
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as { offline: boolean; byProvider: Record<string, { notRunCalls: number; notRunReasons: string[]; paidCalls: number }> };
    expect(summary.offline).toBe(true);
    expect(summary.byProvider['research']).toMatchObject({ paidCalls: 0, notRunCalls: 3, notRunReasons: ['offline (COMPOUND_OFFLINE is set)'] });
    expect(modelCalls).toHaveLength(before);
  });
});
