import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CompoundError } from '../../errors/compound-error.js';
import { evaluateReplyModelOnFile } from './evaluate-reply-model.js';

const fixture = (name: string): string => fileURLToPath(new URL(`./__fixtures__/${name}`, import.meta.url));

describe('evaluateReplyModelOnFile', () => {
  it('trains on the first rows, tests on the last fifth, and reports the baseline beside it', async () => {
    const result = await evaluateReplyModelOnFile(fixture('outreach-history.csv'), { outcome: 'replied' });
    expect(result.n).toBe(2000);
    expect(result.testN).toBe(400);
    expect(result.baseRate).toBeCloseTo(261 / 2000, 12);
    // Wilson 95% by hand: centre (0.1305 + 1.96²/4000) / (1 + 1.96²/2000) = 0.13121, half-width 0.01477.
    expect(result.baseRateInterval[0]).toBeCloseTo(0.1164, 4);
    expect(result.baseRateInterval[1]).toBeCloseTo(0.146, 4);
    expect(result.columns.skipped).toEqual([
      { name: 'contact_id', reason: 'identifier' },
      { name: 'replied', reason: 'excluded' },
    ]);
    expect(result.columns.numeric.map((column) => column.name)).toEqual(['employees', 'days_since_signal']);
    expect(result.columns.categorical.map((column) => column.name)).toEqual(['title', 'industry', 'channel', 'angle']);
    // The fixture's outcomes follow real effects, so both models rank better than chance.
    expect(result.auc).toBeGreaterThan(0.65);
    expect(result.baseline.auc).toBeGreaterThan(0.65);
    for (const scores of [result, result.baseline]) {
      expect(scores.brier).toBeGreaterThan(0);
      expect(scores.brier).toBeLessThan(0.2);
      expect(scores.ece).toBeLessThan(0.15);
    }
  });

  it('honours --positive, --exclude and --test-fraction', async () => {
    const result = await evaluateReplyModelOnFile(fixture('outreach-history.csv'), {
      outcome: 'REPLIED',
      positive: 'no',
      exclude: ['angle'],
      testFraction: 0.5,
    });
    expect(result.testN).toBe(1000);
    expect(result.baseRate).toBeCloseTo(1739 / 2000, 12);
    expect(result.columns.skipped).toContainEqual({ name: 'angle', reason: 'excluded' });
  });

  it('refuses a --positive value the outcome column never holds, naming the values it does', async () => {
    const error = await evaluateReplyModelOnFile(fixture('outreach-history.csv'), { outcome: 'replied', positive: 'maybe' }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'invalid-argument', context: { field: 'replied' } });
    expect((error as CompoundError).message).toMatch(/--positive "maybe" never occurs in "replied" \(values: no, yes\)/);
  });

  it('refuses an --exclude column the file does not have', async () => {
    const error = await evaluateReplyModelOnFile(fixture('outreach-history.csv'), { outcome: 'replied', exclude: ['contact_id', 'contactid'] }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'invalid-argument', context: { field: 'contactid' } });
    expect((error as CompoundError).message).toMatch(/--exclude names "contactid", which .*outreach-history\.csv does not have \(columns: contact_id, title, /);
  });

  it('names the file, row and field of an unreadable outcome', async () => {
    const error = await evaluateReplyModelOnFile(fixture('bad-outcome.csv'), { outcome: 'replied' }).catch((caught: unknown) => caught);
    expect(CompoundError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'import-row-invalid', context: { row: 3, field: 'replied' } });
    expect((error as CompoundError).context.file).toContain('bad-outcome.csv');
    expect((error as CompoundError).message).toContain('--positive');
  });

  it('says "1 data row" for a file too short to split', async () => {
    const error = await evaluateReplyModelOnFile(fixture('one-row.csv'), { outcome: 'replied' }).catch((caught: unknown) => caught);
    expect((error as CompoundError).message).toMatch(/one-row\.csv has 1 data row: too few to hold out 0\.2 for testing/);
  });

  it('rejects a missing outcome column and a missing file', async () => {
    await expect(evaluateReplyModelOnFile(fixture('outreach-history.csv'), { outcome: 'meeting' })).rejects.toMatchObject({
      code: 'invalid-argument',
      context: { field: 'meeting' },
    });
    await expect(evaluateReplyModelOnFile(fixture('absent.csv'), { outcome: 'replied' })).rejects.toMatchObject({ code: 'file-not-found' });
  });
});
