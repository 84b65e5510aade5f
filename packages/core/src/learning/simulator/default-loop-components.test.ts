import { describe, expect, it } from 'vitest';
import { createDefaultLoopComponents } from './default-loop-components.js';
import { simulate } from './simulate.js';

const dependencies = { createComponents: createDefaultLoopComponents };

describe('simulate with the library loop', () => {
  it('gives the same result for the same seed', () => {
    const first = simulate({ sends: 800, seed: 7, holdout: 500 }, dependencies);
    const second = simulate({ sends: 800, seed: 7, holdout: 500 }, dependencies);
    expect(second).toEqual(first);
  });

  it('emits no false insight in the null market', () => {
    for (const seed of [1, 2]) {
      const result = simulate({ sends: 1500, seed, market: 'null', holdout: 0 }, dependencies);
      expect(result.falseInsights).toBe(0);
      expect(result.insights.some((insight) => insight.true === true)).toBe(false);
    }
  });

  it('lands between uniform and the oracle on an easy market', () => {
    const result = simulate(
      { sends: 3000, seed: 11, base: [0.08, 0.15], holdout: 0, marketOptions: { angleSpread: 1, channelSpread: 0.6 } },
      dependencies,
    );
    expect(result.expected.oracle).toBeGreaterThanOrEqual(result.expected.achieved);
    expect(result.expected.achieved).toBeGreaterThan(result.expected.uniform);
    expect(result.achieved).toBeGreaterThan(result.uniform);
  });
});
