import { describe, expect, it } from 'vitest';
import { createPatternTally } from './pattern-tally.js';

describe('createPatternTally', () => {
  it('numbers patterns in order of first sight and counts repeats', () => {
    const tally = createPatternTally(2);
    expect(tally.add(7, Int8Array.from([1, -1]))).toBe(0);
    expect(tally.add(3, Int8Array.from([0, 2]))).toBe(1);
    expect(tally.add(7, Int8Array.from([1, -1]))).toBe(0);
    const table = tally.table();
    expect(table.size).toBe(2);
    expect([...table.levels]).toEqual([1, -1, 0, 2]);
    expect([...table.counts]).toEqual([2, 1]);
  });

  it('keeps every pattern apart past its first capacity, with codes above 2^32', () => {
    const tally = createPatternTally(1);
    const codeOf = (k: number): number => k * 4294967296 + (k % 7);
    for (let round = 0; round < 2; round++) {
      for (let k = 0; k < 5000; k++) expect(tally.add(codeOf(k), Int8Array.from([k % 4]))).toBe(k);
    }
    const table = tally.table();
    expect(table.size).toBe(5000);
    expect(table.counts.every((count) => count === 2)).toBe(true);
    expect(table.levels[4999]).toBe(4999 % 4);
  });
});
