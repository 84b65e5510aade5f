import { describe, expect, it } from 'vitest';
import { jaro, jaroWinkler, jaroWinklerAbove } from './jaro-winkler.js';

describe('jaroWinkler', () => {
  it('matches hand-computed values', () => {
    // martha/marhta: m = 6, t = 1 → jaro = (1 + 1 + 5/6) / 3 = 0.9444; prefix 3 → 0.9444 + 0.3 × 0.0556 = 0.9611
    expect(jaro('martha', 'marhta')).toBeCloseTo(0.9444, 4);
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 4);
    // dwayne/duane: m = 4, t = 0 → (4/6 + 4/5 + 1) / 3 = 0.8222; prefix 1 → 0.84
    expect(jaro('dwayne', 'duane')).toBeCloseTo(0.8222, 4);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 4);
    // dixon/dicksonx: m = 4, t = 0 → (4/5 + 4/8 + 1) / 3 = 0.7667; prefix 2 → 0.8133
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.8133, 4);
  });

  it('handles equal, empty and disjoint strings', () => {
    expect(jaroWinkler('anna', 'anna')).toBe(1);
    expect(jaroWinkler('', 'anna')).toBe(0);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
  });

  it('is symmetric and handles long strings', () => {
    const long = 'a'.repeat(200) + 'b';
    expect(jaroWinkler(long, `${long}c`)).toBeCloseTo(jaroWinkler(`${long}c`, long), 10);
  });
});

describe('jaroWinklerAbove', () => {
  /** Strings over a small alphabet, so that random pairs often share letters and prefixes. */
  const randomWords = (count: number, seed: number): string[] => {
    let state = seed;
    const next = (): number => {
      state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
      return state / 2 ** 32;
    };
    return Array.from({ length: count }, () => Array.from({ length: Math.floor(next() * 12) }, () => 'abcdeé@ '.charAt(Math.floor(next() * 8))).join(''));
  };

  it('decides every threshold at or above its floor exactly as jaroWinkler does', () => {
    const words = randomWords(400, 7);
    let skipped = 0;
    for (let x = 0; x + 1 < words.length; x += 2) {
      const a = words[x] ?? '';
      const b = words[x + 1] ?? '';
      const exact = jaroWinkler(a, b);
      for (const floor of [0.7, 0.8, 0.9]) {
        const value = jaroWinklerAbove(a, b, floor);
        if (value === 0 && exact !== 0) skipped++;
        if (exact >= floor) expect(value).toBe(exact);
        else expect(value).toBeLessThan(floor);
      }
    }
    // the bound does turn pairs away
    expect(skipped).toBeGreaterThan(50);
  });

  it('measures ranges as jaroWinkler measures the slices', () => {
    // martha|x / marhta|y: the local parts of two addresses
    expect(jaroWinklerAbove('martha@x.com', 'marhta@y.org', 0.9, 0, 6, 0, 6)).toBe(jaroWinkler('martha', 'marhta'));
    expect(jaroWinklerAbove('a@hebert.com', 'b@hebe3r.com', 0.5, 2, 12, 2, 12)).toBe(jaroWinkler('hebert.com', 'hebe3r.com'));
    expect(jaroWinklerAbove('xy', 'xz', 0, 2, 2, 2, 2)).toBe(1);
    expect(jaroWinklerAbove('smith group', 'sanchez ltd', 0.9)).toBe(0);
  });
});
