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

/** A time-ordered history whose replies depend on title and channel, with the post-send columns exports carry. */
function history(rows: number, seed: number): string[] {
  const random = seededRandom(seed);
  const lines = ['email,title,channel,employees,sent_at,opened,replied_at,replied'];
  for (let index = 0; index < rows; index += 1) {
    const title = random.pick(['VP Sales', 'CTO', 'Engineer']);
    const channel = random.chance(0.4) ? 'linkedin' : 'email';
    const z = -2 + (title === 'VP Sales' ? 0.8 : title === 'Engineer' ? -0.6 : 0) + (channel === 'linkedin' ? 0.6 : 0);
    const replied = random.chance(1 / (1 + Math.exp(-z)));
    const day = new Date(Date.UTC(2025, 0, 1) + index * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
    const opened = replied || random.chance(0.4);
    lines.push(`p${index}@example.com,${title},${channel},"${random.int(1, 5)},${random.int(100, 999)}",${day},${opened ? 'yes' : 'no'},${replied ? day.slice(0, 10) : ''},${replied ? 'yes' : 'no'}`);
  }
  return lines;
}

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'compound-evaluate-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('evaluateReplyModelOnFile checks', () => {
  it('fits the baseline in the run: one binary column reproduces the training rates, scored by hand', async () => {
    // Training: email 1 reply in 4, linkedin 3 in 5. The logistic MLE predicts each group's rate: 0.25 and 0.6.
    const train = ['email,yes', 'email,no', 'email,no', 'email,no', 'linkedin,yes', 'linkedin,yes', 'linkedin,yes', 'linkedin,no', 'linkedin,no'];
    const test = ['email,no', 'email,no', 'linkedin,yes', 'linkedin,no'];
    const path = await write('two-groups.csv', ['channel,replied', ...train, ...test]);
    const result = await evaluateReplyModelOnFile(path, { outcome: 'replied', testFraction: 4 / 13 });
    expect(result.testN).toBe(4);
    expect(result.testPositives).toBe(1);
    // Predictions 0.25, 0.25, 0.6, 0.6 for no, no, yes, no. AUC: the positive (0.6) beats two negatives, ties one: 2.5/3.
    expect(result.baseline.auc).toBeCloseTo(2.5 / 3, 3);
    // Brier: (0.25² + 0.25² + 0.4² + 0.6²) / 4 = 0.16125. ECE: one prediction per bin, (0.25 + 0.25 + 0.4 + 0.6) / 4 = 0.375.
    expect(result.baseline.brier).toBeCloseTo(0.16125, 3);
    expect(result.baseline.ece).toBeCloseTo(0.375, 3);
    // Predicting the training rate 4/9 for all: ((4/9)²·3 + (5/9)²) / 4 = 73/324.
    expect(result.baseRateBrier).toBeCloseTo(73 / 324, 10);
  });

  it('counts an empty outcome as a failure, with or without --positive, and says how many', async () => {
    const lines = ['title,meeting', ...Array.from({ length: 30 }, (_, index) => `${index % 3 === 0 ? 'VP' : 'CTO'},${index % 4 === 0 ? 'Yes' : ''}`)];
    const path = await write('blank-outcomes.csv', lines);
    for (const positive of [undefined, 'yes']) {
      const result = await evaluateReplyModelOnFile(path, { outcome: 'meeting', ...(positive ? { positive } : {}) });
      expect(result.n).toBe(30);
      expect(result.blankOutcomes).toBe(22);
      expect(result.baseRate).toBeCloseTo(8 / 30, 12);
    }
  });

  it('refuses an outcome that never varies, and a training part without a success', async () => {
    const constant = await write('constant.csv', ['title,replied', ...Array.from({ length: 30 }, (_, index) => `${index % 2 ? 'VP' : 'CTO'},no`)]);
    await expect(evaluateReplyModelOnFile(constant, { outcome: 'replied' })).rejects.toThrow(/"replied" is never a success on all 30 rows of .*constant\.csv \(values: no\): a constant outcome cannot be predicted/);
    const late = await write('late-success.csv', ['title,replied', ...Array.from({ length: 30 }, (_, index) => `${index % 2 ? 'VP' : 'CTO'},${index >= 26 ? 'yes' : 'no'}`)]);
    await expect(evaluateReplyModelOnFile(late, { outcome: 'replied' })).rejects.toMatchObject({
      code: 'invalid-argument',
      message: expect.stringMatching(/the 24 training rows .* are all failures, so there is nothing to learn; the first success is data row 27: pass a smaller --test-fraction/),
    });
  });

  it('flags a column filled only when a reply came, and post-send event names, but no pre-send column', async () => {
    const result = await evaluateReplyModelOnFile(await write('leaky.csv', history(1500, 11)), { outcome: 'replied' });
    expect(result.leakyColumns).toEqual([
      { column: 'opened', reason: 'after-send' },
      { column: 'replied_at', reason: 'separates', auc: 1 },
    ]);
    expect(result.columns.numeric.map((column) => column.name)).toEqual(['employees']);
    expect(result.columns.dates.map((column) => column.name)).toEqual(['sent_at', 'replied_at']);
    expect(result.newestFirstColumn).toBeNull();
    const clean = await evaluateReplyModelOnFile(join(directory, 'leaky.csv'), { outcome: 'replied', exclude: ['opened', 'replied_at'] });
    expect(clean.leakyColumns).toEqual([]);
    expect(clean.auc).toBeLessThan(result.auc ?? 0);
    expect(clean.aucInterval?.[0]).toBeLessThan(clean.auc ?? 0);
  });

  it('notices rows that run newest first', async () => {
    const [header, ...rows] = history(300, 12);
    const result = await evaluateReplyModelOnFile(await write('newest-first.csv', [header as string, ...rows.reverse()]), {
      outcome: 'replied',
      exclude: ['opened', 'replied_at'],
    });
    expect(result.newestFirstColumn).toBe('sent_at');
  });
});
