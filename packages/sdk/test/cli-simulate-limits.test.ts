import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli-helper.js';

let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'compound-simulate-cli-'));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('simulate sizes', () => {
  it('refuses a market too large to finish (exit 2, nothing run), naming the limit', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['--segments', '1000'], /--segments 1,000 is more than the simulator runs \(at most 50: /],
      [['--angles', '500'], /--angles 500 is more than the simulator runs \(at most 40: /],
      [['--segments', '30', '--angles', '10'], /--segments 30 × --angles 10 is 300 segment-angle pairs, more than the simulator runs \(at most 200, /],
      [['--sends', '100000000'], /--sends 100,000,000 is more than the simulator runs \(at most 100,000 sends per strategy\)/],
    ];
    for (const [flags, message] of cases) {
      const started = Date.now();
      const result = await cli(['simulate', ...flags], directory);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
      expect(Date.now() - started).toBeLessThan(5_000);
    }
  });

  it('runs the largest market it takes', async () => {
    const result = await cli(['simulate', '--segments', '50', '--sends', '200', '--json'], directory);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ sends: 200 });
  }, 60_000);
});
