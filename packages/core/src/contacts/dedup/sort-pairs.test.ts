import { describe, expect, it } from 'vitest';
import { sortPairs } from './sort-pairs.js';

describe('sortPairs', () => {
  it('returns the distinct pairs sorted by first then second record, whatever the emission order and repeats', () => {
    const size = 50;
    let state = 7;
    const next = (): number => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state >>> 8;
    };
    const emitted: [number, number][] = [];
    // record 3 gets more partners than the insertion-sort limit, with repeats
    for (let k = 0; k < 120; k++) emitted.push([3, 4 + (next() % 46)]);
    for (let k = 0; k < 400; k++) {
      const a = next() % size;
      const b = next() % size;
      if (a !== b) emitted.push([Math.min(a, b), Math.max(a, b)]);
    }
    const raw = new Uint32Array(emitted.flat());
    const pairs = sortPairs(raw, emitted.length, size, new Uint32Array(emitted.length));
    const expected = [...new Set(emitted.map(([a, b]) => a * size + b))].sort((x, y) => x - y).map((code) => `${Math.floor(code / size)}-${code % size}`);
    expect(pairs.count).toBe(expected.length);
    expect(Array.from(pairs.left, (a, k) => `${a}-${pairs.right[k]}`)).toEqual(expected);
  });

  it('handles no pairs and records without partners', () => {
    const pairs = sortPairs(new Uint32Array(0), 0, 5, new Uint32Array(0));
    expect(pairs.count).toBe(0);
    const one = sortPairs(new Uint32Array([4, 6, 4, 6]), 2, 8, new Uint32Array(2));
    expect([one.count, one.left[0], one.right[0]]).toEqual([1, 4, 6]);
  });
});
