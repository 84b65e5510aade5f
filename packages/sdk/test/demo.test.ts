import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dedupFile } from '@compound/core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const bin = join(root, 'packages', 'sdk', 'bin', 'compound.js');

describe('compound demo (the real binary)', () => {
  it('imports the example list end to end on the embedded database and prints the report', async () => {
    const workspace = await mkdtemp(join(tmpdir(), 'compound-demo-'));
    const env = { ...process.env };
    delete env['DATABASE_URL'];
    const result = spawnSync(process.execPath, [bin, 'demo', '--workspace', workspace, '--json'], { cwd: root, env, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const { report, top } = JSON.parse(result.stdout) as {
      report: { rows: number; imported: number; unique: number; duplicatesMerged: number; icpMatches: number; rejected: unknown[]; insights: unknown[] };
      top: Array<{ fit: number }>;
    };
    expect(report.rows).toBeGreaterThan(800);
    expect(report.rejected.length).toBeGreaterThan(0);
    expect(report.imported).toBe(report.rows - report.rejected.length);
    expect(report.unique).toBe(report.imported - report.duplicatesMerged);
    expect(report.unique).toBeLessThan(report.imported);
    expect(report.icpMatches).toBeGreaterThan(0);
    expect(report.insights.length).toBeGreaterThanOrEqual(1);
    expect(top).toHaveLength(10);

    const human = spawnSync(process.execPath, [bin, 'demo', '--workspace', workspace], { cwd: root, env, encoding: 'utf8' });
    expect(human.status).toBe(0);
    expect(human.stdout).toMatch(/unique contacts after dedup/);
    expect(human.stdout).toMatch(/match your ICP/);
    await rm(workspace, { recursive: true, force: true });
  }, 120_000);

  it('finds the duplicates the generator planted in the demo list', async () => {
    const { rowToEntity: truth } = JSON.parse(await readFile(join(root, 'examples', 'contacts.truth.json'), 'utf8')) as {
      rowToEntity: Record<string, number | string>;
    };
    const { clusters } = await dedupFile(join(root, 'examples', 'contacts.csv'));
    const entityOf = new Map(Object.entries(truth).map(([row, entity]) => [Number(row), String(entity)]));
    let truePairs = 0;
    let predictedPairs = 0;
    let correctPairs = 0;
    const byEntity = new Map<string, number>();
    for (const entity of entityOf.values()) byEntity.set(entity, (byEntity.get(entity) ?? 0) + 1);
    for (const size of byEntity.values()) truePairs += (size * (size - 1)) / 2;
    for (const cluster of clusters) {
      predictedPairs += (cluster.length * (cluster.length - 1)) / 2;
      const counts = new Map<string, number>();
      for (const row of cluster) {
        const entity = entityOf.get(row);
        if (entity !== undefined) counts.set(entity, (counts.get(entity) ?? 0) + 1);
      }
      for (const size of counts.values()) correctPairs += (size * (size - 1)) / 2;
    }
    const precision = correctPairs / predictedPairs;
    const recall = correctPairs / truePairs;
    expect(precision).toBeGreaterThan(0.9);
    expect(recall).toBeGreaterThan(0.8);
  }, 60_000);
});
