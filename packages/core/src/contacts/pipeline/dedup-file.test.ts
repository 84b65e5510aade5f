import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dedupFile } from './dedup-file.js';

let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'compound-dedup-file-'));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('dedupFile', () => {
  it('lists a blank row (,,,,) as a singleton, every row once, and not as unreadable', async () => {
    const text = ['Name,Email,Company', 'Jane Doe,jane@acme.io,Acme', ',,', ' , ,', 'jane doe,JANE@acme.io,Acme', ',,,,', ',,', 'Tom Baker,tom@shop.com,Shop'].join('\n');
    await writeFile(join(directory, 'blank.csv'), text);
    const result = await dedupFile(join(directory, 'blank.csv'));
    expect(result.clusters.flat().sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(result.clusters).toEqual([[1, 4], [2], [3], [5], [6], [7]]);
    expect(result.unreadable).toEqual([]);
    expect(result.blankRows).toEqual([2, 3, 5, 6]);
  });
});
