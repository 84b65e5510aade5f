import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CompoundError } from '../../errors/compound-error.js';
import { seededUniform } from '../stats/seeded-uniform.js';
import { betaPosterior, createAngleLearner, estimatePriorStrength, poolCells, restoreAngleLearner } from './index.js';
import type { AngleLearner } from './index.js';

describe('betaPosterior (hand-computed)', () => {
  it('adds counts to the prior pseudo-counts', () => {
    const posterior = betaPosterior({ successes: 3, trials: 10 }, { mean: 0.5, strength: 2 });
    expect(posterior.alpha).toBe(4);
    expect(posterior.beta).toBe(8);
    expect(posterior.mean).toBeCloseTo(1 / 3, 12);
    expect(posterior.n).toBe(10);
  });

  it('gives the closed-form interval of Beta(1, 19)', () => {
    // Uniform prior, 0 successes in 18 sends: Beta(1, 19), CDF 1 − (1 − x)^19.
    const posterior = betaPosterior({ successes: 0, trials: 18 }, { mean: 0.5, strength: 2 });
    expect(posterior.interval[0]).toBeCloseTo(1 - 0.975 ** (1 / 19), 9);
    expect(posterior.interval[1]).toBeCloseTo(1 - 0.025 ** (1 / 19), 9);
    expect(posterior.mean).toBeCloseTo(0.05, 12);
  });

  it('never lowers the mean when successes replace failures (property)', () => {
    fc.assert(
      fc.property(fc.nat(500), fc.nat(500), fc.double({ min: 0.001, max: 0.999, noNaN: true }), fc.double({ min: 0.1, max: 1000, noNaN: true }), (successes, failures, mean, strength) => {
        const before = betaPosterior({ successes, trials: successes + failures + 1 }, { mean, strength });
        const after = betaPosterior({ successes: successes + 1, trials: successes + failures + 1 }, { mean, strength });
        const added = betaPosterior({ successes: successes + 1, trials: successes + failures + 2 }, { mean, strength });
        expect(after.mean).toBeGreaterThanOrEqual(before.mean);
        expect(added.mean).toBeGreaterThanOrEqual(before.mean - 1e-15);
      }),
    );
  });
});

describe('estimatePriorStrength', () => {
  it('solves the moment equation on a hand example', () => {
    // Parent 0.5, two children 0.3 and 0.7 of 10 trials: spread = 2·10·0.04 = 0.8, noise = 0.5,
    // slope = 2·0.25·9 = 4.5, ρ = 0.3 / 4.5 = 1/15, κ = 14.
    const strength = estimatePriorStrength([
      { successes: 3, trials: 10, parentMean: 0.5 },
      { successes: 7, trials: 10, parentMean: 0.5 },
    ]);
    expect(strength).toBeCloseTo(14, 9);
    expect(estimatePriorStrength([{ successes: 5, trials: 100, parentMean: 0.05 }, { successes: 5, trials: 100, parentMean: 0.05 }])).toBe(1000);
    expect(estimatePriorStrength([{ successes: 1, trials: 10, parentMean: 0.05 }])).toBe(50);
  });
});

describe('poolCells', () => {
  it('chains the levels as hand-computed', () => {
    const pooled = poolCells([{ segment: 'SaaS', angle: 'roi', channel: 'email', successes: 10, trials: 100 }], {
      prior: { mean: 0.05, strength: 2 },
      strengths: { angle: 10, channel: 20, segment: 50 },
    });
    const overall = (0.1 + 10) / 102;
    const angle = (10 * overall + 10) / 110;
    const channelFactor = 15 / (100 * angle + 5);
    const angleChannel = (20 * angle * channelFactor + 10) / 120;
    const segmentFactor = 15 / (100 * angleChannel + 5);
    const cell = pooled.cell('SaaS', 'roi', 'email');
    expect(pooled.overallMean).toBeCloseTo(overall, 12);
    expect(cell.parentMean).toBeCloseTo(angleChannel * segmentFactor, 12);
    expect(cell.mean).toBeCloseTo((10 + 50 * angleChannel * segmentFactor) / 150, 12);
    // A cell never seen, in a segment never seen, falls back to its angle × channel estimate.
    expect(pooled.cell('Retail', 'roi', 'email').mean).toBeCloseTo(angleChannel, 12);
    // Nothing seen at all: the prior mean.
    expect(poolCells([], { prior: { mean: 0.05, strength: 2 } }).cell('a', 'b', 'c').mean).toBeCloseTo(0.05, 12);
  });

  const cellsArbitrary = fc.array(
    fc.record({ segment: fc.constantFrom('s1', 's2', 's3'), angle: fc.constantFrom('a1', 'a2', 'a3'), channel: fc.constantFrom('email', 'linkedin'), successes: fc.nat(40), failures: fc.nat(400) }),
    { minLength: 1, maxLength: 18 },
  );
  const unique = (cells: { segment: string; angle: string; channel: string; successes: number; failures: number }[]) => {
    const seen = new Map<string, { segment: string; angle: string; channel: string; successes: number; trials: number }>();
    for (const cell of cells) seen.set(`${cell.segment}/${cell.angle}/${cell.channel}`, { segment: cell.segment, angle: cell.angle, channel: cell.channel, successes: cell.successes, trials: cell.successes + cell.failures });
    return [...seen.values()];
  };

  it('shrinks each cell toward its parent: the pooled mean lies between the raw rate and the parent mean (property)', () => {
    fc.assert(
      fc.property(cellsArbitrary, (raw) => {
        const cells = unique(raw);
        const pooled = poolCells(cells, { prior: { mean: 0.05, strength: 2 } });
        for (const cell of cells) {
          if (cell.trials === 0) continue;
          const estimate = pooled.cell(cell.segment, cell.angle, cell.channel);
          const rate = cell.successes / cell.trials;
          expect(estimate.mean).toBeGreaterThanOrEqual(Math.min(rate, estimate.parentMean) - 1e-12);
          expect(estimate.mean).toBeLessThanOrEqual(Math.max(rate, estimate.parentMean) + 1e-12);
        }
      }),
    );
  });

  it('never lowers a cell mean when one more send in it succeeds (property, fixed strengths)', () => {
    fc.assert(
      fc.property(cellsArbitrary, fc.nat(17), (raw, pick) => {
        const cells = unique(raw);
        const target = cells[pick % cells.length];
        if (!target) return;
        const settings = { prior: { mean: 0.05, strength: 2 }, strengths: { angle: 30, channel: 60, segment: 120 } };
        const before = poolCells(cells, settings).cell(target.segment, target.angle, target.channel).mean;
        const more = cells.map((cell) => (cell === target ? { ...cell, successes: cell.successes + 1, trials: cell.trials + 1 } : cell));
        const after = poolCells(more, settings).cell(target.segment, target.angle, target.channel).mean;
        expect(after).toBeGreaterThanOrEqual(before - 1e-12);
      }),
    );
  });
});

/** Feeds `sends` simulated sends with the given true rates per angle. */
function train(learner: AngleLearner, rates: Record<string, number>, sends: number, seed: number, segments = ['SaaS', 'Fintech']): void {
  const random = seededUniform(seed);
  const angles = Object.keys(rates);
  for (let index = 0; index < sends; index++) {
    const angle = angles[index % angles.length] ?? '';
    learner.update({ segment: segments[index % segments.length] ?? '', angle, channel: 'email', success: random() < (rates[angle] ?? 0) });
  }
}

describe('createAngleLearner', () => {
  it('recommends the best angle with a reason in words', () => {
    const learner = createAngleLearner({ angles: ['roi', 'pain', 'social'], random: seededUniform(1), explorationFloor: 0 });
    train(learner, { roi: 0.22, pain: 0.12, social: 0.1 }, 1200, 2);
    const recommendation = learner.recommendAngle({ segment: 'SaaS', channel: 'email' });
    expect(recommendation.angle).toBe('roi');
    expect(recommendation.method).toBe('thompson');
    expect(recommendation.pBest).toBeGreaterThan(0.9);
    expect(recommendation.interval[0]).toBeLessThan(recommendation.mean);
    expect(recommendation.interval[1]).toBeGreaterThan(recommendation.mean);
    expect(recommendation.n).toBe(200);
    expect(recommendation.reason).toMatch(/^roi: \d+% \[\d+–\d+%\] positive replies in SaaS via email, P\(best\) (0\.9\d|1\.00), n=200$/);
  });

  it('counts a send still inside its reply window as one send in the reason, not as its weight', () => {
    const learner = createAngleLearner({ angles: ['roi'], random: seededUniform(1), explorationFloor: 0 });
    learner.update({ segment: 'SaaS', angle: 'roi', channel: 'email', success: false });
    learner.update({ segment: 'SaaS', angle: 'roi', channel: 'email', success: true });
    // A third send, 93% through its reply window with no reply yet.
    learner.update({ segment: 'SaaS', angle: 'roi', channel: 'email', success: false, weight: 0.93 });
    const recommendation = learner.recommendAngle({ segment: 'SaaS', channel: 'email' });
    expect(recommendation.n).toBeCloseTo(2.93, 10);
    expect(recommendation.reason).toMatch(/, n=3$/);
  });

  it('keeps the exploration floor: each angle gets at least floor / A of the choices', () => {
    const learner = createAngleLearner({ angles: ['a', 'b', 'c', 'd'], explorationFloor: 0.2, random: seededUniform(3), pBestDraws: 20 });
    train(learner, { a: 0.5, b: 0.02, c: 0.02, d: 0.02 }, 4000, 4);
    const counts: Record<string, number> = { a: 0, b: 0, c: 0, d: 0 };
    const rounds = 4000;
    for (let index = 0; index < rounds; index++) {
      const { angle } = learner.recommendAngle({ segment: 'SaaS', channel: 'email' });
      counts[angle] = (counts[angle] ?? 0) + 1;
    }
    // Floor share 0.2 / 4 = 5% each: 200 of 4000 expected at least; allow sampling noise (sd ≈ 14).
    for (const angle of ['b', 'c', 'd']) expect(counts[angle]).toBeGreaterThan(160);
    expect(counts['a']).toBeGreaterThan(3000);
  });

  it('honours a user override, and rejects an unknown angle', () => {
    const learner = createAngleLearner({ angles: ['roi', 'pain'], random: seededUniform(5) });
    train(learner, { roi: 0.3, pain: 0.05 }, 600, 6, ['SaaS']);
    const recommendation = learner.recommendAngle({ segment: 'SaaS', channel: 'email', override: 'pain' });
    expect(recommendation.angle).toBe('pain');
    expect(recommendation.method).toBe('override');
    expect(recommendation.pBest).toBeLessThan(0.05);
    expect(recommendation.reason).toContain('(your override)');
    expect(() => learner.recommendAngle({ segment: 'SaaS', override: 'nope' })).toThrow(CompoundError);
  });

  it('chooses a channel when none is fixed, and pools a new segment from the others', () => {
    const learner = createAngleLearner({ angles: ['roi', 'pain'], channels: ['email', 'linkedin'], random: seededUniform(7), explorationFloor: 0 });
    const random = seededUniform(8);
    for (let index = 0; index < 2000; index++) {
      const channel = index % 2 === 0 ? 'email' : 'linkedin';
      const angle = index % 4 < 2 ? 'roi' : 'pain';
      learner.update({ segment: 'SaaS', angle, channel, success: random() < (channel === 'linkedin' ? 0.2 : 0.05) });
    }
    expect(learner.recommendAngle({ segment: 'SaaS' }).channel).toBe('linkedin');
    const unseen = learner.recommendAngle({ segment: 'Retail', channel: 'linkedin' });
    expect(unseen.n).toBe(0);
    expect(unseen.mean).toBeGreaterThan(0.12);
    expect(unseen.reason).toContain('no sends here yet');
  });

  it('round-trips through snapshot and restore', () => {
    const learner = createAngleLearner({ angles: ['roi', 'pain'], channels: ['email'], explorationFloor: 0.1, random: seededUniform(9) });
    train(learner, { roi: 0.1, pain: 0.2 }, 500, 10);
    const state = JSON.parse(JSON.stringify(learner.snapshot())) as ReturnType<AngleLearner['snapshot']>;
    const restored = restoreAngleLearner(state, { random: seededUniform(9) });
    expect(restored.snapshot()).toEqual(learner.snapshot());
    expect(restored.posterior('SaaS', 'pain', 'email')).toEqual(learner.posterior('SaaS', 'pain', 'email'));
    expect(restored.recommendAngle({ segment: 'SaaS', override: 'roi' })).toEqual(learner.recommendAngle({ segment: 'SaaS', override: 'roi' }));
    expect(() => restoreAngleLearner({ ...state, version: 2 } as unknown as typeof state)).toThrow(CompoundError);
  });

  it.each(['additive', 'pooled'] as const)('never lowers a posterior mean when a send succeeds (property, through the public API, %s model)', (model) => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(2), fc.nat(2), fc.boolean()), { maxLength: 60 }), fc.nat(2), fc.nat(2), (sends, segment, angle) => {
        const make = () => createAngleLearner({ angles: ['a0', 'a1', 'a2'], model, strengths: { angle: 20, channel: 40, segment: 80 } });
        const before = make();
        const after = make();
        for (const [segmentIndex, angleIndex, success] of sends) {
          const observation = { segment: `s${segmentIndex}`, angle: `a${angleIndex}`, channel: 'email', success };
          before.update(observation);
          after.update(observation);
        }
        after.update({ segment: `s${segment}`, angle: `a${angle}`, channel: 'email', success: true });
        const withoutSend = before.posterior(`s${segment}`, `a${angle}`, 'email').mean;
        expect(after.posterior(`s${segment}`, `a${angle}`, 'email').mean).toBeGreaterThanOrEqual(withoutSend - 1e-12);
      }),
    );
  });

  it('joint Thompson sampling shares angle and channel draws and favours the clearly better arm', () => {
    const learner = createAngleLearner({ angles: ['roi', 'pain'], channels: ['email', 'linkedin'], sampling: 'joint', explorationFloor: 0, random: seededUniform(11) });
    for (let index = 0; index < 400; index += 1) {
      for (const segment of ['s1', 's2']) {
        learner.update({ segment, angle: 'roi', channel: 'email', success: index % 5 === 0 });
        learner.update({ segment, angle: 'pain', channel: 'email', success: index % 50 === 0 });
        learner.update({ segment, angle: 'roi', channel: 'linkedin', success: index % 10 === 0 });
        learner.update({ segment, angle: 'pain', channel: 'linkedin', success: index % 100 === 0 });
      }
    }
    const picks = Array.from({ length: 200 }, () => learner.recommendAngle({ segment: 's1' }));
    const best = picks.filter((pick) => pick.angle === 'roi' && pick.channel === 'email').length;
    expect(best).toBeGreaterThan(190);
    expect(picks.every((pick) => pick.method === 'thompson')).toBe(true);
    expect(learner.snapshot().settings.sampling).toBe('joint');
  });

  it('counts weighted sends: partial failures while a reply window is open, then the success completing the send', () => {
    const weighted = createAngleLearner({ angles: ['roi'], random: seededUniform(1) });
    const whole = createAngleLearner({ angles: ['roi'], random: seededUniform(1) });
    for (let index = 0; index < 50; index += 1) {
      weighted.update({ segment: 'SaaS', angle: 'roi', channel: 'email', success: false, weight: 0.25 });
      weighted.update({ segment: 'SaaS', angle: 'roi', channel: 'email', success: index % 10 === 0, weight: 0.75 });
      whole.update({ segment: 'SaaS', angle: 'roi', channel: 'email', success: index % 10 === 0 });
    }
    expect(weighted.snapshot().cells).toEqual([['SaaS', 'roi', 'email', 5, 50]]);
    expect(weighted.posterior('SaaS', 'roi', 'email').mean).toBeCloseTo(whole.posterior('SaaS', 'roi', 'email').mean, 12);
    expect(() => weighted.update({ segment: 'SaaS', angle: 'roi', channel: 'email', success: false, weight: -1 })).toThrow(CompoundError);
  });

  it('with a horizon, narrows its draws as the campaign runs out: once every planned send is recommended, it picks the best arm by the posterior mode', () => {
    const make = (horizon?: number) =>
      createAngleLearner({ angles: ['roi', 'pain'], explorationFloor: 0, random: seededUniform(5), ...(horizon === undefined ? {} : { horizon }) });
    const open = make();
    const ending = make(10);
    for (const learner of [open, ending]) {
      for (let index = 0; index < 40; index += 1) {
        learner.update({ segment: 'SaaS', angle: 'roi', channel: 'email', success: index % 8 === 0 });
        learner.update({ segment: 'SaaS', angle: 'pain', channel: 'email', success: index % 10 === 0 });
      }
    }
    const picked = (learner: AngleLearner, count: number) => new Set(Array.from({ length: count }, () => learner.recommendAngle({ segment: 'SaaS', channel: 'email' }).angle));
    picked(ending, 10);
    expect(picked(ending, 200)).toEqual(new Set(['roi']));
    expect(picked(open, 210)).toEqual(new Set(['roi', 'pain']));
    // Overrides are the user's sends, not the learner's: they don't count.
    ending.recommendAngle({ segment: 'SaaS', override: 'pain' });
    const restored = restoreAngleLearner(ending.snapshot());
    expect(restored.snapshot().recommended).toBe(210);
    expect(restored.snapshot().settings.horizon).toBe(10);
    expect(() => createAngleLearner({ angles: ['a'], horizon: 0 })).toThrow(/horizon/);
  });

  it('validates options at construction', () => {
    expect(() => createAngleLearner({ angles: [] })).toThrow(CompoundError);
    expect(() => createAngleLearner({ angles: ['a'], explorationFloor: 2 })).toThrow(/explorationFloor/);
  });
});
