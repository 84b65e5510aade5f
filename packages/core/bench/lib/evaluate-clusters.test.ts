import { describe, expect, it } from 'vitest';
import { countTruePairs, evaluateBlocking, evaluateClusters } from './evaluate-clusters.js';

describe('evaluateClusters', () => {
  it('scores a perfect clustering as 1', () => {
    const labels = ['a', 'a', 'b', 'c', 'c', 'c'];
    const result = evaluateClusters([[0, 1], [2], [3, 4, 5]], labels);
    expect(result.pairwise).toMatchObject({ precision: 1, recall: 1, f1: 1, truePairs: 4 });
    expect(result.bCubed.f1).toBe(1);
  });

  it('computes pairwise and B³ figures by hand', () => {
    // truth {0,1,2} {3}; predicted {0,1} {2,3}
    const labels = ['x', 'x', 'x', 'y'];
    const result = evaluateClusters([[0, 1], [2, 3]], labels);
    expect(result.pairwise.truePositives).toBe(1);
    expect(result.pairwise.predictedPairs).toBe(2);
    expect(result.pairwise.truePairs).toBe(3);
    expect(result.pairwise.precision).toBeCloseTo(0.5);
    expect(result.pairwise.recall).toBeCloseTo(1 / 3);
    // B³ precision: (1 + 1 + 0.5 + 0.5) / 4; recall: (2/3 + 2/3 + 1/3 + 1) / 4
    expect(result.bCubed.precision).toBeCloseTo(0.75);
    expect(result.bCubed.recall).toBeCloseTo(2.6667 / 4, 3);
  });

  it('treats all singletons as precision 1, recall 0 when duplicates exist', () => {
    const result = evaluateClusters([[0], [1]], ['a', 'a']);
    expect(result.pairwise.precision).toBe(1);
    expect(result.pairwise.recall).toBe(0);
    expect(result.pairwise.f1).toBe(0);
  });
});

describe('evaluateBlocking', () => {
  it('counts true pairs among candidates', () => {
    const labels = ['a', 'a', 'a', 'b'];
    expect(countTruePairs(labels)).toBe(3);
    const result = evaluateBlocking({ left: [0, 0, 2], right: [1, 3, 1], count: 3 }, labels);
    expect(result.truePairsFound).toBe(2);
    expect(result.recall).toBeCloseTo(2 / 3);
    expect(result.pairsPerRecord).toBeCloseTo(0.75);
  });
});
