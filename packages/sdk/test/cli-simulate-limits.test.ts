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
      // Every rate 0% or 100% under a header that still said "base rates 2.0%–6.0%".
      [['--sigma', '100'], /--sigma 100 is more than the simulator takes \(at most 2: .*far from the --base rates\)/],
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

  it('says each insight\'s sample size once', async () => {
    const result = await cli(['simulate', '--sends', '2000', '--seed', '3', '--sigma', '2'], directory);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n').filter((line) => line.startsWith('  ['));
    expect(lines.length).toBeGreaterThan(0);
    // Was "...; fewest: roi with 47). (n 47)".
    for (const line of lines) expect(line).not.toMatch(/with ([\d,]+)\)\. \(n \1\)$/);
    expect(lines.some((line) => /fewest: .+ with [\d,]+\)\.$/.test(line))).toBe(true);
  }, 60_000);

  it('runs the largest market it takes', async () => {
    const result = await cli(['simulate', '--segments', '50', '--sends', '200', '--json'], directory);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ sends: 200 });
  }, 60_000);
});
