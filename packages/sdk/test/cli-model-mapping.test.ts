import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run-cli.js';

const server = setupServer();
let directory: string;

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  directory = await mkdtemp(join(tmpdir(), 'compound-model-'));
  await writeFile(
    join(directory, 'contacts.csv'),
    ['Nafn,Courriel,Boîte', 'Ada Lovelace,ada@engines.io,Analytical Engines', 'Grace Hopper,grace@navy.mil,Navy'].join('\n'),
  );
});

afterAll(async () => {
  server.close();
  await rm(directory, { recursive: true, force: true });
});

async function importWith(env: Record<string, string>): Promise<Record<string, { field: string; confidence: number }>> {
  let stdout = '';
  const code = await runCli(['import', 'contacts.csv', '--json', '--workspace', join(directory, String(Object.keys(env).length))], {
    stdout: (text) => {
      stdout += text;
    },
    stderr: () => {},
    cwd: directory,
    env,
    interactive: false,
  });
  expect(code).toBe(0);
  return (JSON.parse(stdout) as { mapping: Record<string, { field: string; confidence: number }> }).mapping;
}

describe('import with ANTHROPIC_API_KEY set', () => {
  it('lets the model resolve the columns the heuristics were unsure of; offline the heuristics decide', async () => {
    const offline = await importWith({});
    expect(offline['Nafn']?.confidence).toBeLessThan(0.6);

    const bodies: string[] = [];
    server.use(
      http.post('https://api.anthropic.com/v1/messages', async ({ request }) => {
        bodies.push(await request.text());
        return HttpResponse.json({
          id: 'msg_1',
          type: 'message',
          role: 'assistant',
          model: 'claude-haiku-4-5',
          content: [{ type: 'text', text: '{"Nafn": "fullName", "Boîte": "company"}' }],
          stop_reason: 'end_turn',
          stop_sequence: null,
          usage: { input_tokens: 1, output_tokens: 1 },
        });
      }),
    );
    const online = await importWith({ ANTHROPIC_API_KEY: 'sk-test', ANTHROPIC_BASE_URL: 'https://api.anthropic.com' });
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toContain('Nafn');
    expect(online['Nafn']).toMatchObject({ field: 'fullName' });
    expect(online['Boîte']).toMatchObject({ field: 'company' });
  });
});
