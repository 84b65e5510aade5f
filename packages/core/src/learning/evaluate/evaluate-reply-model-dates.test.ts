import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../testing/seeded-random.js';
import { evaluateReplyModelOnFile } from './evaluate-reply-model.js';

let directory: string;
const write = async (name: string, lines: string[]): Promise<string> => {
  const path = join(directory, name);
  await writeFile(path, `${lines.join('\n')}\n`);
  return path;
};

/** 200 sends whose replies depend on the title, sent on the slash date `date(index)`. */
function history(date: (index: number) => string): string[] {
  const random = seededRandom(21);
  const lines = ['title,sent,replied'];
  for (let index = 0; index < 200; index += 1) {
    const title = random.pick(['VP Sales', 'CTO']);
    lines.push(`${title},${date(index)},${random.chance(title === 'VP Sales' ? 0.4 : 0.15) ? 'yes' : 'no'}`);
  }
  return lines;
}

/** Day and month both 12 or less: `03/02/2026` is 2 March month-first, 3 February day-first. */
const ambiguous = (index: number): string => `${String(1 + (index % 12)).padStart(2, '0')}/${String(1 + (Math.floor(index / 12) % 12)).padStart(2, '0')}/2026 9:15 AM`;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'compound-evaluate-dates-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('evaluateReplyModelOnFile dates', () => {
  it('warns when no slash date of a column tells its order, and reads them month-first', async () => {
    // Was silent: read month-first with nothing said.
    const result = await evaluateReplyModelOnFile(await write('ambiguous.csv', history(ambiguous)), { outcome: 'replied' });
    expect(result.columns.dates).toEqual([{ name: 'sent', index: 1, hasTime: true, order: 'mdy' }]);
    expect(result.warnings).toEqual([
      `Slash dates in "sent" could be day-first or month-first (none has a day or month above 12, e.g. "02/01/2026 9:15 AM"); read them month-first. Pass dateOrder: 'dmy' if they are day-first.`,
    ]);
  });

  it('reads them by the dateOrder given, without a warning', async () => {
    const result = await evaluateReplyModelOnFile(await write('day-first.csv', history(ambiguous)), { outcome: 'replied', dateOrder: 'dmy' });
    expect(result.columns.dates).toEqual([{ name: 'sent', index: 1, hasTime: true, order: 'dmy' }]);
    expect(result.warnings).toEqual([]);
  });

  it('reads the order from the whole column, test rows included', async () => {
    // Only the last (test) row shows the order: 25 March is day-first. It was read from the training rows alone, month-first.
    const result = await evaluateReplyModelOnFile(await write('late-evidence.csv', history((index) => (index === 199 ? '25/03/2026 9:15 AM' : ambiguous(index)))), { outcome: 'replied' });
    expect(result.columns.dates).toEqual([{ name: 'sent', index: 1, hasTime: true, order: 'dmy' }]);
    expect(result.warnings).toEqual([]);
  });

  it('says nothing of year-first dates', async () => {
    const result = await evaluateReplyModelOnFile(await write('iso.csv', history((index) => `2026-03-${String(1 + (index % 28)).padStart(2, '0')} 09:15`)), { outcome: 'replied' });
    expect(result.columns.dates.map((column) => column.name)).toEqual(['sent']);
    expect(result.warnings).toEqual([]);
  });

  it('reads the hour of German `Uhr` times, dotted dates day-first', async () => {
    // `2.3.2026 9 Uhr` was a date without an hour: the column had no time, so no send-hour input.
    const german = (index: number): string => `${1 + (index % 28)}.3.2026 ${8 + (index % 10)} Uhr`;
    const result = await evaluateReplyModelOnFile(await write('uhr.csv', history(german)), { outcome: 'replied' });
    expect(result.columns.dates).toEqual([{ name: 'sent', index: 1, hasTime: true, order: 'dmy' }]);
    expect(result.warnings).toEqual([]);
  });
});
