import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli-helper.js';

const dayMs = 86_400_000;
const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
const isoDay = (time: number): string => new Date(time).toISOString().slice(0, 10);

/** 40 sends, 4 a day at 10:00 UTC on the 10 days from `firstDaysAgo` days ago on, one in 4 replied positively. */
async function history(directory: string, firstDaysAgo: number): Promise<void> {
  const rows = ['Email,Sent At,Replied,Reply Sentiment'];
  for (let index = 0; index < 40; index++) {
    rows.push(`p${index}@c${index}.example,${isoDay(today - (firstDaysAgo - Math.floor(index / 4)) * dayMs)} 10:00,${index % 4 === 0 ? 'yes' : 'no'},${index % 4 === 0 ? 'Interested' : ''}`);
  }
  await writeFile(join(directory, 'history.csv'), `${rows.join('\n')}\n`);
  expect((await cli(['events', 'import', 'history.csv'], directory)).code).toBe(0);
}

interface ForecastJson {
  plan: Array<{ segment: string; sendsPerWeek: number }>;
  outcomes: Array<{ target: string; total: { expected: number; interval: [number, number] } }>;
  pace: { from: string; to: string; sends: number; weeks: number; lastSend: string | null };
  atLastActivePace?: { plan: Array<{ sendsPerWeek: number }>; from: string; to: string; sends: number; weeks: number; outcomes: Array<{ total: { expected: number } }> };
}

let recent: string;
let stale: string;

beforeAll(async () => {
  recent = await mkdtemp(join(tmpdir(), 'compound-forecast-recent-'));
  stale = await mkdtemp(join(tmpdir(), 'compound-forecast-stale-'));
  // Days 10 to 1 before today: inside the last four weeks, whatever the time of the run.
  await history(recent, 10);
  // Days 109 to 100 before today: months before the last four weeks.
  await history(stale, 109);
});

afterAll(async () => {
  await rm(recent, { recursive: true, force: true });
  await rm(stale, { recursive: true, force: true });
});

describe('forecast', () => {
  it('forecasts at the pace of the weeks before today, over the days since the first send when fewer than four', async () => {
    const result = await cli(['forecast', '--weeks', '2'], recent);
    // 40 sends in the 10 days since the first (plus today's hours so far): about 27-29 a week, not 40 / 4.
    expect(result.stdout).toMatch(/^Next 2 weeks at 2[6-9] sends\/week \(your pace since your first send, less than four weeks ago\), 90% intervals:\n {2}positive-reply: \d+\.\d expected /);
    const json = JSON.parse((await cli(['forecast', '--json'], recent)).stdout) as ForecastJson;
    const perWeek = json.plan.reduce((sum, entry) => sum + entry.sendsPerWeek, 0);
    expect(perWeek).toBeGreaterThan(26);
    expect(perWeek).toBeLessThan(29.5);
    expect(json.pace.weeks).toBeGreaterThan(1.3);
    expect(json.pace.weeks).toBeLessThan(1.6);
    expect(json.pace.sends).toBe(40);
    expect(json.pace.lastSend?.slice(0, 10)).toBe(isoDay(today - dayMs));
    expect(json.atLastActivePace).toBeUndefined();
  });

  it('says a history that stopped months ago forecasts 0 at the recent pace, and labels the forecast at its last active pace', async () => {
    const lastSend = isoDay(today - 100 * dayMs);
    const result = await cli(['forecast', '--weeks', '2'], stale);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      new RegExp(
        `^No sends in the last 4 weeks \\(last send ${lastSend}\\): a forecast at your recent pace would be 0\\.\\n` +
          `If you send again at the pace of your sending up to your last send \\(31 sends/week; your history spans under four weeks\\): next 2 weeks, 90% intervals:\\n` +
          ` {2}positive-reply: [1-9]\\d*\\.\\d expected \\[\\d+–\\d+\\] \\(10 in 40 sends so far\\)\\n`,
      ),
    );
    expect(result.stdout).not.toMatch(/your last four weeks' pace/);
    const json = JSON.parse((await cli(['forecast', '--json', '--weeks', '2'], stale)).stdout) as ForecastJson;
    expect(json.plan).toEqual([]);
    for (const outcome of json.outcomes) expect(outcome.total).toEqual({ expected: 0, interval: [0, 0] });
    expect(json.pace).toMatchObject({ sends: 0, lastSend: `${lastSend}T10:00:00.000Z` });
    // 40 sends over the 9 days from the first send to the last: 31.11 a week (31 in words).
    expect(json.atLastActivePace).toMatchObject({ to: `${lastSend}T10:00:00.000Z`, sends: 40, weeks: 1.29 });
    expect(json.atLastActivePace?.plan.reduce((sum, entry) => sum + entry.sendsPerWeek, 0)).toBeCloseTo((40 * 7) / 9, 2);
    expect(json.atLastActivePace?.outcomes[0]?.total.expected).toBeGreaterThan(0);
  });

  it('sizes the volume a weekly goal needs, per segment with each rate\'s interval and n, and forecasts only --target', async () => {
    const result = await cli(['forecast', '--weeks', '1', '--goal', '30'], recent);
    expect(result.code).toBe(0);
    // 10 positive replies in 40 sends at ~28 sends a week: about 7 a week, so 30 needs about 4x. The
    // sends match no contact and name no segment: there is no segment to call the cheapest.
    expect(result.stdout).toMatch(
      /\n\nGoal: 30 a week\. The plan \(2[6-9] sends a week\) expects \d\.\d positive replies a week \[\d+–\d+, 90%\]; 30 needs about 2\d\.\d more: \d\.\d\dx the volume in every segment \([\d,]+ sends a week: 30\.\d expected \[\d+–\d+\]\)\. Your sends have no segment \(.+\), so no segment can be compared\.\n$/,
    );
    // No list of segments after saying there is none to compare (was '  by segment ...:\n    unknown: ...').
    expect(result.stdout).not.toMatch(/by segment|\n {4}unknown:/);
    expect(result.stdout).not.toMatch(/cheapest in unknown/);
    const json = JSON.parse((await cli(['forecast', '--json', '--goal', '30', '--target', 'meeting'], recent)).stdout) as ForecastJson & {
      goal: { target: string; goalPerWeek: number; enoughData: boolean; history: { successes: number; sends: number }; text: string };
    };
    expect(json.outcomes.map((outcome) => outcome.target)).toEqual(['meeting']);
    expect(json.goal).toMatchObject({ target: 'meeting', goalPerWeek: 30, enoughData: false, history: { successes: 0, sends: 40 } });
    expect(json.goal.text).toMatch(/^Meetings are not tracked: none of the 40 sends in your history has a meeting booked, so the volume 30 meetings a week need cannot be sized/);
    // A large goal in the same digits as the volumes beside it (was 'Goal: 2500 a week. ... 2500 needs about 2493.0 more').
    expect((await cli(['forecast', '--weeks', '1', '--goal', '2500'], recent)).stdout).toMatch(/\n\nGoal: 2,500 a week\. The plan .*; 2,500 needs about 2,49\d\.\d more: [\d,]+\.\d\dx the volume in every segment \([\d,]+ sends a week: 2,\d{3}\.\d expected \[\d,\d{3}–\d,\d{3}\]\)\. Your sends have no segment .*\n/);
    const bad = await cli(['forecast', '--goal', '-3'], recent);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/--goal/);
  });

  it('says meetings are not tracked when the history records none, instead of forecasting 0 [0–0]', async () => {
    const result = await cli(['forecast', '--weeks', '1'], recent);
    expect(result.stdout).toContain('\n  meeting: not tracked (none of your 40 sends has a meeting booked; import a meeting column such as "Meeting Booked", or meeting events, to forecast meetings)\n');
    expect(result.stdout).not.toMatch(/meeting: 0\.0 expected/);
    const json = JSON.parse((await cli(['forecast', '--json'], recent)).stdout) as ForecastJson & { meetingsTracked: boolean };
    expect(json.meetingsTracked).toBe(false);
    expect(json.outcomes.map((outcome) => outcome.target)).toEqual(['positive-reply', 'meeting']);

    const tracked = await mkdtemp(join(tmpdir(), 'compound-forecast-meetings-'));
    try {
      const rows = ['Email,Sent At,Replied,Reply Sentiment,Meeting Booked'];
      for (let index = 0; index < 40; index++) rows.push(`p${index}@c${index}.example,${isoDay(today - (10 - Math.floor(index / 4)) * dayMs)} 10:00,${index % 4 === 0 ? 'yes,Interested' : 'no,'},${index % 8 === 0 ? 'yes' : 'no'}`);
      await writeFile(join(tracked, 'history.csv'), `${rows.join('\n')}\n`);
      expect((await cli(['events', 'import', 'history.csv'], tracked)).code).toBe(0);
      expect((await cli(['forecast', '--weeks', '1'], tracked)).stdout).toMatch(/\n {2}meeting: \d+\.\d expected \[\d+–\d+\] \(5 in 40 sends so far\)\n/);
      expect((JSON.parse((await cli(['forecast', '--json'], tracked)).stdout) as { meetingsTracked: boolean }).meetingsTracked).toBe(true);
    } finally {
      await rm(tracked, { recursive: true, force: true });
    }
  });

  it('sizes a goal of a history that stopped from the pace of its last active weeks', async () => {
    const json = JSON.parse((await cli(['forecast', '--json', '--goal', '30'], stale)).stdout) as ForecastJson & { goal: { sendsPerWeek: number; bySegment: unknown[] } };
    expect(json.plan).toEqual([]);
    expect(json.goal.sendsPerWeek).toBeCloseTo((40 * 7) / 9, 2);
    expect(json.goal.bySegment.length).toBeGreaterThan(0);
  });

  it('lists the segments a goal can compare one by one and sums up those under the minimum sample in one line', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'compound-forecast-segments-'));
    try {
      // 60 sends in SaaS, 4 in each of Retail and Logistics, over the 10 days before today.
      const rows = ['Email,Segment,Sent At,Replied,Reply Sentiment'];
      const segments = [...Array.from({ length: 60 }, () => 'SaaS'), ...Array.from({ length: 4 }, () => 'Retail'), ...Array.from({ length: 4 }, () => 'Logistics')];
      // Four sends more that name no segment: their own line, after the segments.
      segments.push('', '', '', '');
      segments.forEach((segment, index) => rows.push(`p${index}@c${index}.example,${segment},${isoDay(today - (10 - (index % 10)) * dayMs)} 10:00,${index % 5 === 0 ? 'yes,Interested' : 'no,'}`));
      await writeFile(join(directory, 'history.csv'), `${rows.join('\n')}\n`);
      expect((await cli(['events', 'import', 'history.csv'], directory)).code).toBe(0);
      const result = await cli(['forecast', '--weeks', '1', '--goal', '40'], directory);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/\n {4}SaaS: \d+\.\d% \[[\d.]+–[\d.]+%\] \(\d+ in 60 sends\); /);
      expect(result.stdout).toContain('\n    2 more segments under 30 sends each (8 sends in all): too few to compare; --json lists each\n');
      expect(result.stdout).not.toMatch(/\n {4}(Retail|Logistics|unknown):/);
      expect(result.stdout).toMatch(/\n {4}sends with no segment \(not compared\): \d+\.\d% \[[\d.]+–[\d.]+%\] \(\d+ in 4 sends\); \+[\d,]+\/week.*\n$/);
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});
