import { describe, expect, it } from 'vitest';
import { createLevelCache, createStringInterner, notCached } from './interned-similarity.js';

describe('createStringInterner', () => {
  it('gives equal strings equal ids and the empty string id 0', () => {
    const interner = createStringInterner();
    expect(Array.from(interner.ids(['', 'anna', 'paul', 'anna']))).toEqual([0, 1, 2, 1]);
    expect(interner.id('paul')).toBe(2);
  });

  it('numbers thousands of strings in first-seen order through its growth', () => {
    const interner = createStringInterner();
    const words = Array.from({ length: 5000 }, (_, k) => `w${(k * 7919) % 5000}`);
    expect(Array.from(interner.ids(words))).toEqual(words.map((_, k) => k + 1));
    expect(Array.from(interner.ids(words.slice().reverse()))).toEqual(words.map((_, k) => 5000 - k));
  });
});

describe('createLevelCache', () => {
  it('returns notCached until set, is symmetric, and tells kinds apart', () => {
    const cache = createLevelCache(4);
    expect(cache.get(0, 3, 9)).toBe(notCached);
    cache.set(0, 3, 9, 2);
    expect(cache.get(0, 9, 3)).toBe(2);
    expect(cache.get(1, 3, 9)).toBe(notCached);
  });

  it('stores -1 (no evidence) as a level, not as an empty slot', () => {
    const cache = createLevelCache(4);
    cache.set(0, 3, 9, -1);
    expect(cache.get(0, 9, 3)).toBe(-1);
    expect(cache.get(0, 3, 10)).toBe(notCached);
    cache.set(0, 3, 9, 14);
    expect(cache.get(0, 3, 9)).toBe(14);
  });

  it('keeps level 0 apart from an empty slot, and caches ids past 2^27 (the packed word wraps)', () => {
    const cache = createLevelCache(3);
    cache.set(2, 5, 1, 0);
    expect(cache.get(2, 1, 5)).toBe(0);
    const big = 2 ** 27 + 5;
    cache.set(1, big, big + 4, 3);
    expect(cache.get(1, big + 4, big)).toBe(3);
    expect(cache.get(1, big + 4, big + 1)).toBe(notCached);
    expect(cache.get(0, 0, 0)).toBe(notCached);
  });

  it('never returns a wrong level when slots collide', () => {
    const cache = createLevelCache(2);
    for (let id = 1; id < 50; id++) cache.set(0, 0, id, id % 4);
    for (let id = 1; id < 50; id++) expect([notCached, id % 4]).toContain(cache.get(0, 0, id));
  });
});
