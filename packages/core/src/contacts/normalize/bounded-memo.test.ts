import { describe, expect, it } from 'vitest';
import { boundedMemo } from './bounded-memo.js';

describe('boundedMemo', () => {
  it('computes each input once until the cache fills, then starts over', () => {
    const calls: string[] = [];
    const memo = boundedMemo((input: string) => {
      calls.push(input);
      return input.length === 0 ? undefined : input.toUpperCase();
    }, 2);
    expect([memo('a'), memo('a'), memo(''), memo('')]).toEqual(['A', 'A', undefined, undefined]);
    expect(calls).toEqual(['a', '']);
    memo('b');
    memo('a');
    expect(calls).toEqual(['a', '', 'b', 'a']);
  });
});
