import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededRandom } from '@compound/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli-helper.js';

let directory: string;

/** 2,000 time-ordered sends; replies depend on title and channel; `replied_at` is filled only when a reply came. */
function history(): string {
  const random = seededRandom(31);
  const lines = ['email,title,channel,employees,sent_at,replied_at,replied'];
  for (let index = 0; index < 2000; index += 1) {
    const title = random.pick(['VP Sales', 'CTO', 'Engineer']);
    const channel = random.chance(0.4) ? 'linkedin' : 'email';
    const z = -1.8 + (title === 'VP Sales' ? 1 : title === 'Engineer' ? -0.8 : 0) + (channel === 'linkedin' ? 0.7 : 0);
    const replied = random.chance(1 / (1 + Math.exp(-z)));
    const sent = new Date(Date.UTC(2025, 0, 1) + index * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
    lines.push(`p${index}@example.com,${title},${channel},"1,${random.int(100, 999)}",${sent},${replied ? sent.slice(0, 10) : ''},${replied ? 'TRUE' : 'FALSE'}`);
  }
  return `${lines.join('\n')}\n`;
}

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'compound-model-evaluate-'));
  await writeFile(join(directory, 'history.csv'), history());
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('compound model evaluate', () => {
  it('warns about a column that gives the outcome away and tells the user not to trust the figures', async () => {
    const result = await cli(['model', 'evaluate', 'history.csv', '--outcome', 'replied'], directory);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Warning: "replied_at" alone separates the outcomes (AUC 1.00 on the training rows): it is almost surely recorded after the send; rerun with --exclude replied_at.');
    expect(result.stdout).toMatch(/\nVerdict: do not trust these figures yet: a column above gives the outcome away/);
  });

  it('says whether to trust the model, with the AUC interval and the number of test successes', async () => {
    const result = await cli(['model', 'evaluate', 'history.csv', '--outcome', 'replied', '--exclude', 'replied_at,email'], directory);
    expect(result.code).toBe(0);
    const report = JSON.parse((await cli(['model', 'evaluate', 'history.csv', '--outcome', 'replied', '--exclude', 'replied_at,email', '--json'], directory)).stdout) as {
      auc: number;
      aucInterval: [number, number];
      testPositives: number;
    };
    const interval = `[${report.aucInterval[0].toFixed(2)}–${report.aucInterval[1].toFixed(2)}]`;
    expect(result.stdout).toContain(`  reply model:        AUC ${report.auc.toFixed(3)} ${interval}  Brier `);
    expect(result.stdout).toContain('  Columns: numeric employees; categorical title, channel; dates sent_at (weekday, hour); left out email (excluded), replied_at (excluded)\n');
    expect(result.stdout).toMatch(
      new RegExp(`\\nVerdict: it ranks better than chance, [^:]+: AUC ${report.auc.toFixed(2)} \\[[^\\]]+\\] on ${report.testPositives} successes among 400 test rows; its probabilities are off by \\d+\\.\\d points on average \\(ECE\\)`),
    );
    expect(result.stdout).not.toContain('Warning');
  });

  it('--json prints the contract fields as numbers', async () => {
    const result = await cli(['model', 'evaluate', 'history.csv', '--outcome', 'replied', '--exclude', 'replied_at', '--json'], directory);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Record<string, unknown> & { baseline: Record<string, unknown> };
    for (const key of ['n', 'testN', 'baseRate', 'auc', 'brier', 'ece']) expect(typeof report[key], key).toBe('number');
    expect(Object.keys(report.baseline).sort()).toEqual(['auc', 'brier', 'ece']);
    for (const value of Object.values(report.baseline)) expect(typeof value).toBe('number');
    expect(report).toMatchObject({ n: 2000, testN: 400 });
  });

  it('fails in one line on an outcome that never varies', async () => {
    await writeFile(join(directory, 'constant.csv'), `title,replied\n${'VP,no\nCTO,no\n'.repeat(20)}`);
    const result = await cli(['model', 'evaluate', 'constant.csv', '--outcome', 'replied'], directory);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^compound: error: "replied" is never a success on all 40 rows of .*constant\.csv \(values: no\): a constant outcome cannot be predicted; .*\n$/);
  });
  it('lists the outcome values when one cannot be read, and takes several --positive values', async () => {
    const rows = ['title,Replied'];
    const statuses = ['No', 'No', 'Yes', 'No', 'Interested', 'No', 'OOO', 'No', 'Not interested', ''];
    for (let index = 0; index < 200; index += 1) rows.push(`${index % 3 === 0 ? 'VP' : 'CTO'},${statuses[index % statuses.length] ?? ''}`);
    await writeFile(join(directory, 'statuses.csv'), `${rows.join('\n')}\n`);
    const unreadable = await cli(['model', 'evaluate', 'statuses.csv', '--outcome', 'Replied'], directory);
    expect(unreadable.code).toBe(1);
    expect(unreadable.stderr).toContain(
      `row 5: cannot read outcome "Interested" in "Replied" as yes or no (the column's values: Interested, No, Not interested, OOO, Yes, and 20 empty); pass --positive with the value that counts as a success, or several separated by commas (--positive A,B).`,
    );
    const both = JSON.parse((await cli(['model', 'evaluate', 'statuses.csv', '--outcome', 'Replied', '--positive', 'Yes,Interested', '--json'], directory)).stdout) as { baseRate: number };
    expect(both.baseRate).toBe(0.2);
  });

  it('says a model that ranks below chance ranked backwards, and that few test successes make rough figures', async () => {
    // Training: VPs reply; test: only CTOs do, so the model ranks the test rows backwards.
    const rows = ['title,replied'];
    for (let index = 0; index < 400; index += 1) rows.push(`${index % 2 === 0 ? 'VP' : 'CTO'},${index % 2 === 0 && index % 8 === 0 ? 'yes' : 'no'}`);
    for (let index = 0; index < 100; index += 1) rows.push(`${index % 2 === 0 ? 'VP' : 'CTO'},${index % 2 === 1 && index % 20 === 1 ? 'yes' : 'no'}`);
    await writeFile(join(directory, 'backwards.csv'), `${rows.join('\n')}\n`);
    const result = await cli(['model', 'evaluate', 'backwards.csv', '--outcome', 'replied'], directory);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  Only 5 successes among the test rows: AUC and its interval rest on them, so treat them as rough.\n');
    expect(result.stdout).toMatch(/\nVerdict: do not rely on its ranking: AUC 0\.\d\d \[0\.\d\d–0\.\d\d\] on 5 successes among 100 test rows is below chance \(0\.5\): on these test rows it ranked the outcomes backwards\.\n/);
  });

  it('uses a date column written several ways (01/06/2025, Jan 06, 2025, ISO) through its weekday, not as an identifier', async () => {
    const random = seededRandom(7);
    const rows = ['title,sent,replied'];
    const month = (date: Date) => date.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
    const two = (value: number) => String(value).padStart(2, '0');
    for (let index = 0; index < 300; index += 1) {
      const date = new Date(Date.UTC(2025, 0, 1 + index));
      const written = [`${two(date.getUTCMonth() + 1)}/${two(date.getUTCDate())}/${date.getUTCFullYear()}`, `${month(date)} ${two(date.getUTCDate())}, ${date.getUTCFullYear()}`, date.toISOString().slice(0, 10)][index % 3];
      rows.push(`${random.pick(['VP', 'CTO'])},"${written ?? ''}",${random.chance(0.3) ? 'yes' : 'no'}`);
    }
    await writeFile(join(directory, 'date-forms.csv'), `${rows.join('\n')}\n`);
    const result = await cli(['model', 'evaluate', 'date-forms.csv', '--outcome', 'replied'], directory);
    expect(result.code).toBe(0);
    // Was "left out sent (identifier)": only the ISO third read as dates.
    expect(result.stdout).toContain('  Columns: categorical title; dates sent (weekday)\n');
  });

  it('warns of slash dates that read both ways, and reads them day-first with --date-order dmy', async () => {
    const random = seededRandom(9);
    const two = (value: number) => String(value).padStart(2, '0');
    // Day and month both 12 or less on every row: 03/02/2026 is 2 March or 3 February.
    const rows = ['title,sent,replied', ...Array.from({ length: 300 }, (_, index) => `${random.pick(['VP', 'CTO'])},${two(1 + (index % 12))}/${two(1 + (Math.floor(index / 12) % 12))}/2026 9:15 AM,${random.chance(0.3) ? 'yes' : 'no'}`)];
    await writeFile(join(directory, 'ambiguous-dates.csv'), `${rows.join('\n')}\n`);
    const warning = 'Slash dates in "sent" could be day-first or month-first (none has a day or month above 12, e.g. "02/01/2026 9:15 AM"); read them month-first. Pass --date-order dmy if they are day-first.';
    const text = await cli(['model', 'evaluate', 'ambiguous-dates.csv', '--outcome', 'replied'], directory);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`\nWarning: ${warning}\n`);
    const json = JSON.parse((await cli(['model', 'evaluate', 'ambiguous-dates.csv', '--outcome', 'replied', '--json'], directory)).stdout) as { warnings: string[] };
    expect(json.warnings).toEqual([warning]);
    // --date-order was refused: "does not apply to model".
    const dayFirst = await cli(['model', 'evaluate', 'ambiguous-dates.csv', '--outcome', 'replied', '--date-order', 'dmy', '--json'], directory);
    expect(dayFirst.code).toBe(0);
    expect(JSON.parse(dayFirst.stdout)).toMatchObject({ warnings: [], columns: { dates: [{ name: 'sent', order: 'dmy' }] } });
  });
});
