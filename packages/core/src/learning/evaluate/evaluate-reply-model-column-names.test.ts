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

/** A history whose replies depend on title; `column` holds a score in [0, 1] unrelated to the outcome. */
function history(column: string, rows: number): string[] {
  const random = seededRandom(11);
  const lines = [`title,${column},sent,replied`];
  for (let index = 0; index < rows; index += 1) {
    const title = random.pick(['VP Sales', 'CTO', 'Engineer']);
    const replied = random.chance(title === 'VP Sales' ? 0.3 : 0.1);
    const sent = new Date(Date.UTC(2025, 0, 1) + index * 5_400_000).toISOString().slice(0, 16).replace('T', ' ');
    lines.push(`${title},${random.chance(0.5) ? 0 : 1},${sent},${replied ? 'yes' : 'no'}`);
  }
  return lines;
}

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'compound-evaluate-names-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('evaluateReplyModelOnFile column names', () => {
  it('reads a column named fit as an ordinary column, not as the ICP fit the model offsets by', async () => {
    const named = await evaluateReplyModelOnFile(await write('fit.csv', history('fit', 400)), { outcome: 'replied' });
    const renamed = await evaluateReplyModelOnFile(await write('score.csv', history('score', 400)), { outcome: 'replied' });
    expect(named.columns.numeric.map((column) => column.name)).toEqual(['fit']);
    expect(named.auc).toBe(renamed.auc);
    expect(named.brier).toBe(renamed.brier);
    expect(named.ece).toBe(renamed.ece);
  });

  it('keeps a column named like a date column’s weekday apart from the weekday it derives', async () => {
    // "sent weekday" holds the user's own text; were it the same input as the weekday read from "sent",
    // one would overwrite the other and the model would differ from the one with the column renamed.
    const lines = (name: string) =>
      history('fit', 400).map((line, index) => {
        if (index === 0) return `${line},${name}`;
        return `${line},${index % 7 === 0 ? 'Holiday' : 'Workday'}`;
      });
    const colliding = await evaluateReplyModelOnFile(await write('weekday.csv', lines('sent weekday')), { outcome: 'replied' });
    const apart = await evaluateReplyModelOnFile(await write('day-kind.csv', lines('day kind')), { outcome: 'replied' });
    expect(colliding.columns.categorical.map((column) => column.name)).toEqual(['title', 'sent weekday']);
    expect(colliding.auc).toBe(apart.auc);
    expect(colliding.brier).toBe(apart.brier);
  });

  it('keeps two columns of the same header name apart', async () => {
    const lines = (second: string) => history('score', 300).map((line, index) => (index === 0 ? `${line},${second}` : `${line},${index % 3 === 0 ? 'a' : 'b'}`));
    const duplicate = await evaluateReplyModelOnFile(await write('twice.csv', lines('title')), { outcome: 'replied' });
    const distinct = await evaluateReplyModelOnFile(await write('once.csv', lines('group')), { outcome: 'replied' });
    expect(duplicate.auc).toBe(distinct.auc);
    expect(duplicate.brier).toBe(distinct.brier);
  });
});
