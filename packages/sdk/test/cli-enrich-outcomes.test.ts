import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run-cli.js';

const server = setupServer();
const brreg = 'https://brreg.test/enhetsregisteret/api';
let directory: string;

/** Two units with the same name in different cities: too close to pick. */
const unit = (organisasjonsnummer: string, poststed: string) => ({
  organisasjonsnummer,
  navn: 'FJORDLINK AS',
  organisasjonsform: { kode: 'AS' },
  forretningsadresse: { landkode: 'NO', poststed },
});

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli([...args, '--workspace', join(directory, 'ws')], {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd: directory,
    // No ANTHROPIC_API_KEY: the research stage cannot run. Not COMPOUND_OFFLINE, which would not call
    // BRREG: msw is the network here.
    env: { COMPOUND_BRREG_URL: brreg },
    interactive: false,
  });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  server.use(http.get(`${brreg}/enheter`, () => HttpResponse.json({ _embedded: { enheter: [unit('912345670', 'OSLO'), unit('998877665', 'BERGEN')] } })));
  directory = await mkdtemp(join(tmpdir(), 'compound-enrich-outcomes-'));
  await writeFile(join(directory, 'contacts.csv'), ['First Name,Last Name,Email,Company,Country', 'Ola,Nordmann,ola@fjordlink.example,Fjordlink AS,NO'].join('\n'));
  expect((await run(['import', 'contacts.csv'])).code).toBe(0);
});

afterAll(async () => {
  server.close();
  await rm(directory, { recursive: true, force: true });
});

describe('compound enrich reports each outcome', () => {
  it('--json counts not-run and ambiguous calls apart from paid ones', async () => {
    const result = await run(['enrich', '--stages', 'registry,research', '--json']);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as {
      calls: { paid: number; ok: number; noData: number; ambiguous: number; notRun: number; cached: number; errors: number };
      byProvider: Record<string, { paidCalls: number; okCalls: number; ambiguousCalls: number; notRunCalls: number; notRunReasons: string[] }>;
    };
    expect(summary.byProvider['research']).toMatchObject({ paidCalls: 0, notRunCalls: 1, notRunReasons: ['no model'] });
    expect(summary.byProvider['brreg']).toMatchObject({ paidCalls: 1, okCalls: 0, ambiguousCalls: 1, notRunCalls: 0 });
    expect(summary.calls).toMatchObject({ paid: 1, ok: 0, noData: 0, ambiguous: 1, notRun: 1, errors: 0 });
  });

  it('the text summary names what did not run and why, and the ambiguous matches', async () => {
    // Ambiguous answers are not cached, so the registry is asked again; research still has no model.
    const result = await run(['enrich', '--stages', 'registry,research']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('calls: 1 made (0 found data, 0 found nothing, 1 ambiguous), 0 from cache, 1 not run, 0 errors');
    expect(result.stdout).toContain('  not run:\n    research: 1 call (no model: set ANTHROPIC_API_KEY to run it)');
    expect(result.stdout).toContain('ambiguous matches: 1 (brreg 1), none picked; `compound company <domain>` lists the candidates');
  });

  it('company lists the registry candidates of an ambiguous match, one a line', async () => {
    const result = await run(['company', 'fjordlink.example']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/registry candidates \(ambiguous, none picked\): \[[-0-9]+\]\n {4}FJORDLINK AS \(912345670, OSLO, \d\.\d\d\)\n {4}FJORDLINK AS \(998877665, BERGEN, \d\.\d\d\)/);
  });
});
