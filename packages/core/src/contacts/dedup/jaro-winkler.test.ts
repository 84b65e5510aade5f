import { describe, expect, it } from 'vitest';
import { jaro, jaroWinkler } from './jaro-winkler.js';

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
