import { describe, expect, it } from 'vitest';
import { CompoundError } from '../../errors/compound-error.js';
import { seededRandom } from '../../testing/seeded-random.js';
import { createTimingModel, restoreTimingModel, type TimingObservation } from './timing-model.js';

describe('createTimingModel', () => {
  it('computes a day multiplier from the pooled Beta posterior by hand', () => {
    const timing = createTimingModel({ priorStrength: 30 });
    // 100 sends, 10 successes overall; Tuesday: 20 sends, 5 successes.
    for (let index = 0; index < 100; index += 1) {
      timing.update({ success: index < 10, sendDay: index < 20 ? 2 : 4 });
    }
    for (let index = 0; index < 5; index += 1) timing.update({ success: true, sendDay: 2 });
    for (let index = 0; index < 5; index += 1) timing.update({ success: false, sendDay: 2 });
    // Totals: 110 sends, 15 successes → overall (15 + 1)/(110 + 2) = 1/7. Tuesday: 30 sends, 15 successes.
    // Posterior mean (30/7 + 15)/(30 + 30) = 0.32143; ratio to 1/7 = 2.25.
    const result = timing.multiplier({ sendDay: 2 });
    expect(result.value).toBeCloseTo(2.25, 10);
    expect(result.reason).toBe('sent on Tuesday: 2.3× the usual rate');
    expect(result.interval[0]).toBeLessThan(2.25);
    expect(result.interval[1]).toBeGreaterThan(2.25);
  });

  it('estimates a job-change window from data', () => {
    const random = seededRandom(21);
    const timing = createTimingModel();
    for (let index = 0; index < 30_000; index += 1) {
      const withSignal = random.next() < 0.5;
      const days = random.int(0, 120);
      const rate = withSignal && days <= 7 ? 0.1 : 0.04;
      timing.update(withSignal ? { success: random.next() < rate, signal: 'job-change', daysSinceSignal: days } : { success: random.next() < rate });
    }
    const window = timing.window('job-change');
    expect(window.days).toBe(7);
    expect(window.lift).toBeGreaterThan(1.8);
    const open = timing.multiplier({ signal: 'job-change', daysSinceSignal: 3 });
    expect(open.value).toBeGreaterThan(1.5);
    expect(open.reason).toMatch(/^changed job 3 days ago: window open \(first 7 days\)/);
    const closed = timing.multiplier({ signal: 'job-change', daysSinceSignal: 40 });
    expect(closed.value).toBeLessThan(1.1);
    expect(closed.reason).toContain('window closed');
  });

  it("compares a signal's days with the sends without a signal: outside the window a contact is as any other", () => {
    // Ranking multiplies P(target) by this and gives a contact without a signal 1: a send 20 days
    // after funding that does as well as a send to anyone else must get about 1 too, not less
    // because the window's sends lift the overall rate.
    const timing = createTimingModel();
    const outcomes = (count: number, successes: number, observation: Omit<TimingObservation, 'success'>) => {
      for (let index = 0; index < count; index += 1) timing.update({ ...observation, success: index < successes });
    };
    outcomes(2000, 100, {}); // 5% without a signal
    outcomes(200, 70, { signal: 'funding', daysSinceSignal: 1 }); // 35% in the first days
    outcomes(400, 20, { signal: 'funding', daysSinceSignal: 20 }); // 5% after
    expect(timing.multiplier({ signal: 'funding', daysSinceSignal: 20 }).value).toBeCloseTo(1, 1);
    // In the window: about 35% / 5% = 7 (shrunk a little toward no effect), as the window's lift says.
    const open = timing.multiplier({ signal: 'funding', daysSinceSignal: 1 });
    expect(open.value).toBeGreaterThan(5.5);
    expect(open.value).toBeLessThan(7.5);
    expect(open.reason).toMatch(/^raised funding 1 day ago: window open \(first day\), [67]\.\d× the rate without a signal \(days 0–1: 200 sends\)$/);
    expect(timing.window('funding').lift).toBeGreaterThan(5.5);
    // A bin no send reached says nothing: no effect.
    expect(timing.multiplier({ signal: 'funding', daysSinceSignal: 100 }).value).toBeCloseTo(1, 6);
  });

  it('finds a window whose first days had no sends (a signal is often found a day or more after it happened)', () => {
    const random = seededRandom(5);
    const timing = createTimingModel();
    for (let index = 0; index < 4000; index += 1) timing.update({ success: random.next() < 0.05 });
    // No send on days 0–1; 35% on days 2–7, 5% after.
    for (let index = 0; index < 600; index += 1) {
      const days = 2 + (index % 60);
      timing.update({ success: random.next() < (days <= 7 ? 0.35 : 0.05), signal: 'funding', daysSinceSignal: days });
    }
    expect(timing.window('funding').days).toBe(7);
    expect(timing.multiplier({ signal: 'funding', daysSinceSignal: 3 }).reason).toMatch(/^raised funding 3 days ago: window open \(first 7 days\)/);
  });

  it('finds no window when the signal changes nothing', () => {
    const random = seededRandom(8);
    const timing = createTimingModel();
    for (let index = 0; index < 20_000; index += 1) {
      const withSignal = random.next() < 0.5;
      const success = random.next() < 0.04;
      timing.update(withSignal ? { success, signal: 'funding', daysSinceSignal: random.int(0, 120) } : { success });
    }
    expect(timing.window('funding').days).toBeUndefined();
    expect(timing.multiplier({ signal: 'funding', daysSinceSignal: 2 }).reason).toContain('no window found yet');
  });

  it('restores from a snapshot', () => {
    const timing = createTimingModel();
    timing.update({ success: true, sendHour: 9 });
    timing.update({ success: false, sendHour: 15 });
    const restored = restoreTimingModel(JSON.parse(JSON.stringify(timing.snapshot())));
    expect(restored.multiplier({ sendHour: 9 })).toEqual(timing.multiplier({ sendHour: 9 }));
    expect(() => restoreTimingModel({} as never)).toThrow(CompoundError);
  });
});
