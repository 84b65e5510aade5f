import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { seededUniform } from '../stats/seeded-uniform.js';
import { poolAdditiveLogit } from './additive-logit-pooling.js';
import type { CellCount } from './hierarchical-pooling.js';

const prior = { mean: 0.05, strength: 2 };
const levels = (cells: readonly CellCount[], angles: string[], channels = ['email']) => ({ segments: [...new Set(cells.map((cell) => cell.segment))], angles, channels });

describe('poolAdditiveLogit', () => {
  it('with one cell and much data, returns about its observed rate (hand-computed)', () => {
    const cells = [{ segment: 's', angle: 'a', channel: 'email', successes: 1000, trials: 10_000 }];
    const cell = poolAdditiveLogit(cells, levels(cells, ['a']), { prior }).cell('s', 'a', 'email');
    expect(cell.mean).toBeCloseTo(0.1, 3);
    // Var of the log-odds ≈ 1 / (n·p·(1 − p)) = 1/900; the rate's ≈ (p(1 − p))² / 900.
    expect(cell.variance).toBeCloseTo(0.09 ** 2 / 900, 7);
    expect(cell.trials).toBe(10_000);
  });

  it('carries an angle effect learned in some segments to a segment with few sends (pooling across segments)', () => {
    const cells: CellCount[] = [];
    for (const segment of ['s1', 's2', 's3']) {
      cells.push({ segment, angle: 'roi', channel: 'email', successes: 40, trials: 500 }, { segment, angle: 'pain', channel: 'email', successes: 15, trials: 500 });
    }
    cells.push({ segment: 'thin', angle: 'roi', channel: 'email', successes: 1, trials: 20 }, { segment: 'thin', angle: 'pain', channel: 'email', successes: 1, trials: 20 });
    const pooled = poolAdditiveLogit(cells, levels(cells, ['roi', 'pain']), { prior });
    expect(pooled.cell('thin', 'roi', 'email').mean).toBeGreaterThan(1.5 * pooled.cell('thin', 'pain', 'email').mean);
    // A segment never seen gets the angle effects too, with its own level uncertain.
    const unseen = [pooled.cell('new', 'roi', 'email'), pooled.cell('new', 'pain', 'email')];
    expect(unseen[0]?.mean).toBeGreaterThan(unseen[1]?.mean ?? 1);
    expect(unseen[0]?.trials).toBe(0);
  });

  it('shrinks a cell toward its main-effects parent: its mean lies between the raw rate and the parent (property)', () => {
    const count = fc.record({ successes: fc.nat(30), extra: fc.integer({ min: 30, max: 300 }) });
    fc.assert(
      fc.property(fc.array(count, { minLength: 4, maxLength: 4 }), (counts) => {
        const names = [
          ['s1', 'a1'],
          ['s1', 'a2'],
          ['s2', 'a1'],
          ['s2', 'a2'],
        ] as const;
        const cells = counts.map(({ successes, extra }, index) => ({ segment: names[index]?.[0] ?? '', angle: names[index]?.[1] ?? '', channel: 'email', successes, trials: successes + extra + 1 }));
        const pooled = poolAdditiveLogit(cells, levels(cells, ['a1', 'a2']), { prior });
        for (const cell of cells) {
          const estimate = pooled.cell(cell.segment, cell.angle, cell.channel);
          const raw = cell.successes / cell.trials;
          const low = Math.min(raw, estimate.parentMean) - 0.02;
          const high = Math.max(raw, estimate.parentMean) + 0.02;
          expect(estimate.mean).toBeGreaterThanOrEqual(low);
          expect(estimate.mean).toBeLessThanOrEqual(high);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('never lowers a cell mean when one more send in it succeeds (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(3), fc.nat(2), fc.nat(20), fc.nat(200)), { minLength: 1, maxLength: 8 }), fc.nat(7), (raw, pick) => {
        const byKey = new Map(raw.map(([segment, angle, successes, extra]) => [`${segment}-${angle}`, { segment: `s${segment}`, angle: `a${angle}`, channel: 'email', successes, trials: successes + extra }]));
        const cells = [...byKey.values()];
        const target = cells[pick % cells.length] as CellCount;
        const settings = { prior };
        const angles = ['a0', 'a1', 'a2'];
        const before = poolAdditiveLogit(cells, levels(cells, angles), settings).cell(target.segment, target.angle, 'email').mean;
        const more = cells.map((cell) => (cell === target ? { ...cell, successes: cell.successes + 1, trials: cell.trials + 1 } : cell));
        const after = poolAdditiveLogit(more, levels(more, angles), settings).cell(target.segment, target.angle, 'email').mean;
        expect(after).toBeGreaterThanOrEqual(before - 1e-9);
      }),
      { numRuns: 60 },
    );
  });

  it('from a previous fit, agrees with a cold fit (warm start only saves iterations)', () => {
    const random = seededUniform(12);
    const make = (trials: number): CellCount[] =>
      ['s1', 's2', 's3'].flatMap((segment) =>
        ['roi', 'pain'].map((angle) => {
          let successes = 0;
          for (let index = 0; index < trials; index += 1) if (random() < (angle === 'roi' ? 0.07 : 0.04)) successes += 1;
          return { segment, angle, channel: 'email', successes, trials };
        }),
      );
    const early = make(80);
    const later = early.map((cell, index) => ({ ...cell, successes: cell.successes + (index % 2), trials: cell.trials + 5 }));
    const first = poolAdditiveLogit(early, levels(early, ['roi', 'pain']), { prior });
    const warm = poolAdditiveLogit(later, levels(later, ['roi', 'pain']), { prior, start: first.fit });
    const cold = poolAdditiveLogit(later, levels(later, ['roi', 'pain']), { prior });
    for (const cell of later) {
      const [a, b] = [warm, cold].map((pooled) => pooled.cell(cell.segment, cell.angle, cell.channel).mean);
      expect(Math.abs((a ?? 0) - (b ?? 0))).toBeLessThan(2e-4);
    }
    // A start over other levels is ignored.
    const other = poolAdditiveLogit(later, levels(later, ['roi', 'pain', 'new']), { prior, start: first.fit });
    expect(other.fit.key).not.toBe(first.fit.key);
  });

  it('draws jointly around the mode: the draws average near the cell means, and draw scale 0 returns the mode', () => {
    const cells: CellCount[] = [
      { segment: 's', angle: 'roi', channel: 'email', successes: 30, trials: 300 },
      { segment: 's', angle: 'pain', channel: 'email', successes: 6, trials: 300 },
    ];
    const arms = [
      { angle: 'roi', channel: 'email' },
      { angle: 'pain', channel: 'email' },
    ];
    const pooled = poolAdditiveLogit(cells, levels(cells, ['roi', 'pain']), { prior });
    const random = seededUniform(3);
    const sums = [0, 0];
    const draws = 4000;
    for (let index = 0; index < draws; index += 1) pooled.draw('s', arms, random).forEach((value, arm) => (sums[arm] = (sums[arm] ?? 0) + value));
    expect((sums[0] ?? 0) / draws).toBeCloseTo(pooled.cell('s', 'roi', 'email').mean, 2);
    expect((sums[1] ?? 0) / draws).toBeCloseTo(pooled.cell('s', 'pain', 'email').mean, 2);
    const greedy = poolAdditiveLogit(cells, levels(cells, ['roi', 'pain']), { prior, drawScale: 0 });
    expect(greedy.draw('s', arms, random)).toEqual(greedy.draw('s', arms, random));
  });
});
