import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli-helper.js';

let directory: string;

/** Send-day and send-hour claims of `insights --json`, as `dimension level`. */
function timedClaims(stdout: string): string[] {
  const result = JSON.parse(stdout) as { insights: Array<{ kind: string; dimension: string; values: Record<string, string> }> };
  return result.insights
    .filter((insight) => insight.kind === 'claim' && (insight.dimension === 'send-day' || insight.dimension === 'send-hour'))
    .map((insight) => `${insight.dimension} ${Object.values(insight.values).join(' ')}`)
    .sort();
}

// A history exported on a New York clock, times without a zone: mornings (09:30) answer five times
// as often as evenings (21:00), all on Monday 5 January 2026.
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'compound-time-zone-cli-'));
  const history = ['Email,Sent At,Replied,Reply Sentiment'];
  for (let index = 0; index < 400; index++) {
    history.push(`m${index}@m${index}.example,2026-01-05 09:30,${index % 4 === 0 ? 'yes,Interested' : 'no,'}`);
    history.push(`e${index}@e${index}.example,2026-01-05 21:00,${index % 20 === 0 ? 'yes,Interested' : 'no,'}`);
  }
  await writeFile(join(directory, 'history.csv'), `${history.join('\n')}\n`);
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('--timezone', () => {
  it('reads times without a zone on the clock given, and reads send hours back on it', async () => {
    const imported = await cli(['events', 'import', 'history.csv', '--timezone', 'america/new_york', '--json'], directory);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ timeZone: 'America/New_York', zonelessTimes: 800, rejected: [] });
    const text = await cli(['events', 'import', 'history.csv', '--timezone', 'America/New_York'], directory);
    expect(text.stdout).toContain('  800 times written without a zone read as America/New_York time');

    const newYork = await cli(['insights', '--json', '--timezone', 'America/New_York'], directory);
    expect(JSON.parse(newYork.stdout)).toMatchObject({ sends: 800, timeZone: 'America/New_York' });
    // Morning against evening, both on Monday: no send-day claim.
    expect(timedClaims(newYork.stdout)).toEqual(['send-hour 09–12h']);
    // On a UTC clock the same sends are 14:30 on Monday and 02:00 on Tuesday.
    expect(timedClaims((await cli(['insights', '--json', '--timezone', 'UTC'], directory)).stdout)).toEqual(['send-day Monday', 'send-hour 12–15h']);
    const words = await cli(['insights', '--timezone', 'America/New_York'], directory);
    expect(words.stdout).toContain("Send days and hours are on America/New_York time (--timezone, or the playbook's timeZone, changes it).");
  });

  it("defaults to the machine's zone ($TZ), and the playbook's timeZone wins over it", async () => {
    const machine = await cli(['insights', '--json'], directory, { TZ: 'America/New_York' });
    expect(JSON.parse(machine.stdout)).toMatchObject({ timeZone: 'America/New_York' });
    expect(timedClaims(machine.stdout)).toEqual(['send-hour 09–12h']);

    await writeFile(join(directory, 'contacts.csv'), 'Name,Email,Company\nAda Lovelace,ada@analytical.example,Analytical\n');
    await writeFile(join(directory, 'playbook.yaml'), 'name: T\nproblem: P\nicp:\n  industry:\n    include: [software]\ntimeZone: Asia/Tokyo\n');
    expect((await cli(['import', 'contacts.csv', '--playbook', 'playbook.yaml'], directory)).code).toBe(0);
    expect(JSON.parse((await cli(['insights', '--json'], directory, { TZ: 'America/New_York' })).stdout)).toMatchObject({ timeZone: 'Asia/Tokyo' });
    expect(JSON.parse((await cli(['insights', '--json', '--timezone', 'Europe/Berlin'], directory)).stdout)).toMatchObject({ timeZone: 'Europe/Berlin' });
  });

  it("counts a digest's sends by their date on the user's clock", async () => {
    const fresh = await mkdtemp(join(tmpdir(), 'compound-time-zone-digest-'));
    try {
      // Sunday 11 January 2026 at 21:00 in New York is Monday 12 January at 02:00 UTC.
      await writeFile(join(fresh, 'sends.csv'), 'Email,Sent At,Replied\na@a.example,2026-01-07T15:00:00Z,yes\nb@b.example,2026-01-12T02:00:00Z,no\n');
      expect((await cli(['events', 'import', 'sends.csv'], fresh)).code).toBe(0);
      const digest = async (zone: string) => JSON.parse((await cli(['digest', '--week', '2026-01-07', '--json', '--timezone', zone], fresh)).stdout) as { timeZone: string; thisWeek: { sends: number } };
      const sends = async (zone: string) => (await digest(zone)).thisWeek.sends;
      expect(await digest('America/New_York')).toMatchObject({ timeZone: 'America/New_York', thisWeek: { sends: 2 } });
      expect(await sends('UTC')).toBe(1);
      // The week after holds the second send on a UTC clock only.
      const after = await cli(['digest', '--week', '2026-01-14', '--timezone', 'America/New_York'], fresh);
      expect(after.stdout).toMatch(/^No sends in the week of 2026-01-12 to 2026-01-18: no digest\.\nYour last week with sends was 2026-01-05 to 2026-01-11/);
    } finally {
      await rm(fresh, { recursive: true, force: true });
    }
  });

  it('refuses a zone it does not know before opening the workspace', async () => {
    const result = await cli(['insights', '--timezone', 'Europe/Berln'], directory);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^compound: .*--timezone: "Europe\/Berln" is not a time zone this system knows; write an IANA name such as Europe\/Berlin/);
  });
});
