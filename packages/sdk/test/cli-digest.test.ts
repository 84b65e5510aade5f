import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli-helper.js';

let directory: string;

// Sends from Monday 2026-01-05 to Wednesday 2026-01-14: long before any run of this test, so the
// default week (the last complete week before now) has no sends.
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'compound-digest-cli-'));
  const history = ['Email,Sent At,Replied,Reply Sentiment'];
  for (let index = 0; index < 40; index++) {
    const day = String(5 + Math.floor(index / 4)).padStart(2, '0');
    history.push(`p${index}@c${index}.example,2026-01-${day} 10:00,${index % 4 === 0 ? 'yes' : 'no'},${index % 8 === 0 ? 'Interested' : ''}`);
  }
  await writeFile(join(directory, 'history.csv'), `${history.join('\n')}\n`);
  expect((await cli(['events', 'import', 'history.csv'], directory)).code).toBe(0);
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('digest', () => {
  it('does not present an old week as the latest digest: it says last week had no sends and names the last week that had', async () => {
    const result = await cli(['digest'], directory);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^No sends last week \(\d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}\): no digest\.\nYour last week with sends was 2026-01-12 to 2026-01-18: see it with `compound digest --week 2026-01-12`\.\n$/,
    );
    expect(result.stdout).not.toMatch(/Replies:/);
    const json = await cli(['digest', '--json'], directory);
    expect(json.stdout).toBe('null\n');
    expect(json.stderr).toBe(result.stdout);
  });

  it('digests the week holding --week, or the latest week with --week latest', async () => {
    const week = await cli(['digest', '--week', '2026-01-07'], directory);
    // The week before had no sends: nothing to compare the 7 replies with (was "+7 vs last week's 0").
    expect(week.stdout).toMatch(/^Week of 2026-01-05 to 2026-01-11\nReplies: 7; positive replies: 4 of 28 sends \(.*; no sends last week\)/);
    const latest = await cli(['digest', '--week', 'latest'], directory);
    expect(latest.stdout).toMatch(/^Week of 2026-01-12 to 2026-01-18\nReplies: 3 \(-4 vs last week's 7\); positive replies: 1 of 12 sends \(/);
    const empty = await cli(['digest', '--week', '2025-12-31'], directory);
    expect(empty.stdout).toBe('No sends in the week of 2025-12-29 to 2026-01-04: no digest.\nYour last week with sends was 2026-01-12 to 2026-01-18: see it with `compound digest --week 2026-01-12`.\n');
    const invalid = await cli(['digest', '--week', 'last'], directory);
    expect(invalid.code).not.toBe(0);
    expect(invalid.stderr).toMatch(/week must be an ISO date such as 2024-03-04, or "latest"/);
  });

  it('points to the week in progress when only it has sends', async () => {
    const fresh = await mkdtemp(join(tmpdir(), 'compound-digest-current-'));
    const today = new Date().toISOString().slice(0, 10);
    await writeFile(join(fresh, 'today.csv'), `Email,Sent At,Replied\nada@a.example,${today} 12:00,no\n`);
    expect((await cli(['events', 'import', 'today.csv'], fresh)).code).toBe(0);
    const result = await cli(['digest'], fresh);
    expect(result.stdout).toMatch(/^No sends last week \(\d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}\): no digest\.\nThis week \(in progress\) has sends: see it with `compound digest --week \d{4}-\d{2}-\d{2}`\.\n$/);
    const monday = /--week (\S+)`/.exec(result.stdout)?.[1] ?? '';
    expect((await cli(['digest', '--week', monday], fresh)).stdout).toMatch(new RegExp(`^Week of ${monday} to \\S+\\nReplies: 0; positive replies: 0 of 1 send \\(`));
    await rm(fresh, { recursive: true, force: true });
  });

  it('says when there are no sends at all', async () => {
    const fresh = await mkdtemp(join(tmpdir(), 'compound-digest-empty-'));
    expect((await cli(['digest'], fresh)).stdout).toBe('No sends recorded yet: no digest. Import campaign results with `compound events import <file>`.\n');
    await rm(fresh, { recursive: true, force: true });
  });
});
