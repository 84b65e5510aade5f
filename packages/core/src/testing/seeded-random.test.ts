import { describe, expect, it } from 'vitest';
import { seededRandom } from './seeded-random.js';

describe('seededRandom', () => {
  it('repeats the same stream for the same seed and differs across seeds', () => {
    const first = seededRandom(42);
    const second = seededRandom(42);
    const other = seededRandom(43);
    const a = Array.from({ length: 20 }, () => first.uint32());
    const b = Array.from({ length: 20 }, () => second.uint32());
    const c = Array.from({ length: 20 }, () => other.uint32());
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('keeps next() in [0, 1) with a mean near 1/2', () => {
    const random = seededRandom(1);
    let sum = 0;
    for (let index = 0; index < 100_000; index++) {
      const value = random.next();
      expect(value >= 0 && value < 1).toBe(true);
      sum += value;
    }
    expect(sum / 100_000).toBeCloseTo(0.5, 2);
  });

  it('draws integers within bounds, covering both ends', () => {
    const random = seededRandom(2);
    const seen = new Set<number>();
    for (let index = 0; index < 2_000; index++) seen.add(random.int(3, 7));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('picks, shuffles and flips coins', () => {
    const random = seededRandom(3);
    expect(['a', 'b', 'c']).toContain(random.pick(['a', 'b', 'c']));
    expect(() => random.pick([])).toThrow(RangeError);
    const items = Array.from({ length: 50 }, (_, index) => index);
    const shuffled = random.shuffle([...items]);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((x, y) => x - y)).toEqual(items);
    let heads = 0;
    for (let index = 0; index < 10_000; index++) if (random.chance(0.3)) heads++;
    expect(heads / 10_000).toBeGreaterThan(0.28);
    expect(heads / 10_000).toBeLessThan(0.32);
  });

  it('draws weighted items in proportion to their weights', () => {
    const random = seededRandom(4);
    const counts = { a: 0, b: 0 };
    for (let index = 0; index < 20_000; index++) counts[random.weighted([['a', 1], ['b', 3]] as const)]++;
    expect(counts.b / 20_000).toBeCloseTo(0.75, 1);
  });

  it('draws standard normals', () => {
    const random = seededRandom(5);
    const values = Array.from({ length: 20_000 }, () => random.normal());
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(variance).toBeGreaterThan(0.95);
    expect(variance).toBeLessThan(1.05);
  });

  it('skews cluster sizes: mostly 2, some 3-5, rarely more', () => {
    const random = seededRandom(6);
    const sizes = Array.from({ length: 20_000 }, () => random.clusterSize());
    const share = (test: (size: number) => boolean): number => sizes.filter(test).length / sizes.length;
    expect(Math.min(...sizes)).toBe(2);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(12);
    expect(share((size) => size === 2)).toBeCloseTo(0.6, 1);
    expect(share((size) => size >= 3 && size <= 5)).toBeCloseTo(0.37, 1);
    expect(share((size) => size > 5)).toBeLessThan(0.05);
  });

  it('draws Zipf ranks with rank 1 most frequent', () => {
    const random = seededRandom(7);
    const counts = new Array<number>(11).fill(0);
    for (let index = 0; index < 20_000; index++) counts[random.zipf(10, 1.5)]! += 1;
    expect(counts[0]).toBe(0);
    expect(counts[1]!).toBeGreaterThan(counts[2]!);
    expect(counts[2]!).toBeGreaterThan(counts[5]!);
    // P(1) = 1 / H(10, 1.5) = 1 / 1.995 ≈ 0.50
    expect(counts[1]! / 20_000).toBeCloseTo(0.5, 1);
  });

  it('forks independent, reproducible sub-streams', () => {
    const a = seededRandom(8).fork();
    const b = seededRandom(8).fork();
    expect(a.next()).toBe(b.next());
    expect(seededRandom(8).fork().next()).not.toBe(seededRandom(8).next());
  });
});
