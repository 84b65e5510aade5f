import { describe, expect, it } from 'vitest';
import { insertionSort, radixSort, radixSortBits } from './radix-sort.js';

/** Deterministic integer-valued doubles below 2^bits. */
function values(count: number, bits: number, seed: number): Float64Array {
  let state = seed;
  const next = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state;
  };
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) out[i] = Math.floor(((next() * 2 ** 21 + (next() >>> 11)) / 2 ** 53) * 2 ** bits);
  return out;
}

describe('radixSort', () => {
  it.each([8, 17, 40, 53])('sorts %i-bit values as the native sort does', (bits) => {
    const input = values(5000, bits, bits);
    const expected = input.slice().sort();
    expect(Array.from(radixSort(input.slice(), new Float64Array(input.length), bits))).toEqual(Array.from(expected));
  });

  it('keeps the input order of values equal in the sorted bits', () => {
    // high part 0-3, low part the input position: sorting by the high bits only must keep positions ascending
    const input = Float64Array.from([3, 1, 0, 2, 1, 3, 0], (high, position) => high * 2 ** 20 + position);
    const sorted = radixSortBits(input, new Float64Array(input.length), 20, 22);
    expect(Array.from(sorted, (value) => value % 2 ** 20)).toEqual([2, 6, 1, 4, 3, 0, 5]);
  });
});

describe('insertionSort', () => {
  it('finishes a nearly sorted array', () => {
    const input = Float64Array.from([1, 3, 2, 4, 6, 5, 5, 0]);
    insertionSort(input);
    expect(Array.from(input)).toEqual([0, 1, 2, 3, 4, 5, 5, 6]);
  });
});
