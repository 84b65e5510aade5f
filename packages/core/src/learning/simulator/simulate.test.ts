import { describe, expect, it } from 'vitest';
import type { LoopComponents, LoopSetup } from './loop-components.js';
import { simulate } from './simulate.js';

/** A loop that learns nothing: a fixed angle per segment, a constant prediction. */
function fixedComponents(setup: LoopSetup): LoopComponents {
  return {
    rank: (candidates) => candidates.map((candidate) => ({ id: candidate.id })),
    recommend: (segment) => ({
      angle: setup.angles[setup.segments.indexOf(segment) % setup.angles.length] ?? '',
      channel: setup.channels[0] ?? 'email',
    }),
    predict: () => 0.04,
    update: () => {},
    learn: () => {},
    insights: () => [],
  };
}

describe('simulate (engine)', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const first = simulate({ sends: 600, seed: 5, holdout: 200 }, { createComponents: fixedComponents });
    const second = simulate({ sends: 600, seed: 5, holdout: 200 }, { createComponents: fixedComponents });
    const third = simulate({ sends: 600, seed: 6, holdout: 200 }, { createComponents: fixedComponents });
    expect(second).toEqual(first);
    expect(third.expected.oracle).not.toBe(first.expected.oracle);
  });

  it('never updates the loop before a reply has arrived, and closes every send once', () => {
    const sends = new Map<string, { day: number; delay: number; success: boolean }>();
    const updates: Array<{ messageId: string; success: boolean; day: number }> = [];
    simulate(
      { sends: 500, seed: 2, delay: 4, holdout: 0 },
      {
        createComponents: fixedComponents,
        onSend: (send) => {
          if (send.strategy === 'learner') sends.set(send.messageId, send);
        },
        onLearnerUpdate: (messageId, success, day) => updates.push({ messageId, success, day }),
      },
    );
    expect(updates).toHaveLength(500);
    for (const update of updates) {
      const send = sends.get(update.messageId);
      expect(send).toBeDefined();
      if (send === undefined) continue;
      expect(update.success).toBe(send.success);
      // A reply sent on day d after a delay of k days is read on day d + k + 1 at the earliest.
      if (send.success) expect(update.day).toBeGreaterThanOrEqual(send.day + send.delay + 1);
      expect(update.day).toBeGreaterThan(send.day);
    }
  });

  it('weighs every send into the angle learner to a total of one send, and every success', () => {
    let successfulSends = 0;
    let learnedWeight = 0;
    let learnedSuccesses = 0;
    const closed = new Set<string>();
    simulate(
      { sends: 500, seed: 2, delay: 4, holdout: 0 },
      {
        createComponents: (setup) => ({
          ...fixedComponents(setup),
          learn: (update) => {
            learnedWeight += update.weight ?? 1;
            if (update.success) learnedSuccesses += 1;
          },
        }),
        onSend: (send) => {
          if (send.strategy === 'learner' && send.success) successfulSends += 1;
        },
        onLearnerUpdate: (messageId) => closed.add(messageId),
      },
    );
    expect(learnedWeight).toBeCloseTo(500, 9);
    expect(learnedSuccesses).toBe(successfulSends);
    expect(closed.size).toBe(500);
  });

  it('oracle is at least as good as every strategy in expectation', () => {
    const result = simulate({ sends: 2000, seed: 3, holdout: 0 }, { createComponents: fixedComponents });
    for (const rate of [result.expected.achieved, result.expected.uniform, result.expected.testAndRoll]) {
      expect(result.expected.oracle).toBeGreaterThanOrEqual(rate);
    }
    expect(result.regret).toBeGreaterThanOrEqual(0);
  });

  it('the null market gives every choice the same true rate', () => {
    const result = simulate({ sends: 400, seed: 4, market: 'null', holdout: 0 }, { createComponents: fixedComponents });
    expect(result.expected.oracle).toBeCloseTo(result.expected.uniform, 12);
    expect(result.regret).toBeCloseTo(0, 9);
  });
});

describe('simulate (intervals)', () => {
  it('gives every reported rate its counts and Wilson 95% interval', () => {
    const result = simulate({ sends: 300, seed: 1, holdout: 100 }, { createComponents: fixedComponents });
    // By hand for 14 of 300: p = 0.04667, centre 0.05240, half-width 0.02440.
    expect(result.intervals.achieved).toMatchObject({ successes: 14, sends: 300 });
    expect(result.intervals.achieved.low).toBeCloseTo(0.028, 4);
    expect(result.intervals.achieved.high).toBeCloseTo(0.0768, 4);
    const rates = { achieved: result.achieved, oracle: result.oracle, uniform: result.uniform, testAndRoll: result.testAndRoll, achievedLastHalf: result.achievedLastHalf };
    for (const [name, rate] of Object.entries(rates)) {
      const interval = result.intervals[name as keyof typeof rates];
      expect(interval.successes / interval.sends).toBe(rate);
      expect(interval.low).toBeLessThan(rate);
      expect(interval.high).toBeGreaterThan(rate);
    }
    expect(result.intervals.achievedLastHalf.sends).toBe(150);
  });
});

describe('formatSimulationReport', () => {
  it('names every strategy and the insight verdicts', async () => {
    const { formatSimulationReport } = await import('./format-simulation-report.js');
    const text = formatSimulationReport(simulate({ sends: 300, seed: 1, holdout: 100 }, { createComponents: fixedComponents }));
    expect(text).toContain('Simulated 300 sends per strategy (default market, seed 1, target positive-reply)');
    for (const label of ['learning loop', 'oracle', 'uniform split', 'test-and-roll', 'Regret vs oracle', 'Insights: 0 emitted']) {
      expect(text).toContain(label);
    }
    expect(text).toContain('\n  learning loop   4.67% [2.80–7.68%] of 300, expected ');
    expect(text).toMatch(/\n {2}oracle {10}\d+\.\d\d% \[\d+\.\d\d–\d+\.\d\d%\] of 300, expected \d+\.\d\d%\n/);
    expect(text).toMatch(/second half of sends: \d+\.\d\d% \[\d+\.\d\d–\d+\.\d\d%\] of 150\n/);
  });

  it('says "1 send" and "1 segment" in the singular', async () => {
    const { formatSimulationReport } = await import('./format-simulation-report.js');
    const text = formatSimulationReport(simulate({ sends: 1, seed: 1, holdout: 10, segments: 1 }, { createComponents: fixedComponents }));
    expect(text).toMatch(/^Simulated 1 send per strategy \(default market, seed 1, target positive-reply\)\nMarket: 1 segment × 4 angles × 2 channels, /);
  });

  it('says when replies take as long as the run sends, and when too few successes back the calibration', async () => {
    const { formatSimulationReport } = await import('./format-simulation-report.js');
    const late = formatSimulationReport(simulate({ sends: 2000, seed: 1, holdout: 100, delay: 999 }, { createComponents: fixedComponents }));
    expect(late).toContain(
      '\nNote: the sends go out over 40 days (50 a day) and replies take up to 999 days, longer than that: most sends go out before any outcome can guide them, so this measures a loop with little to learn from (more --sends or a shorter --delay).\n',
    );
    const usual = formatSimulationReport(simulate({ sends: 2000, seed: 1, holdout: 100 }, { createComponents: fixedComponents }));
    expect(usual).not.toContain('Note: the sends go out');
    expect(usual).not.toContain('too few to judge calibration');
    const tiny = formatSimulationReport(simulate({ sends: 5, seed: 1, holdout: 100 }, { createComponents: fixedComponents }));
    expect(tiny).toMatch(/\n {2}\(only 0 successes among the loop's sends: too few to judge calibration; run more --sends\)\n/);
  });

  it('does not describe the null market with the base-rate range and interaction of the default one', async () => {
    const { formatSimulationReport } = await import('./format-simulation-report.js');
    const text = formatSimulationReport(simulate({ sends: 300, seed: 1, holdout: 100, market: 'null' }, { createComponents: fixedComponents }));
    expect(text).toContain(
      '\nMarket: 5 segments × 4 angles × 2 channels with no differences: one true rate (drawn in 2.0%–6.0%) for every contact, angle and channel, replies after 0–5 days\n',
    );
    expect(text).not.toContain('interaction σ');
  });
});
