import { describe, expect, it } from 'vitest';
import { createFixedClock } from './create-fixed-clock.js';

describe('createFixedClock', () => {
  it('stays put until advanced', () => {
    const clock = createFixedClock('2025-01-15T09:00:00Z');
    expect(clock.now().toISOString()).toBe('2025-01-15T09:00:00.000Z');
    expect(clock.now().toISOString()).toBe('2025-01-15T09:00:00.000Z');
    expect(clock.advance(60_000).toISOString()).toBe('2025-01-15T09:01:00.000Z');
    expect(clock.now().toISOString()).toBe('2025-01-15T09:01:00.000Z');
  });

  it('returns a fresh Date each time, so callers cannot move it', () => {
    const clock = createFixedClock('2025-01-15T09:00:00Z');
    clock.now().setFullYear(1999);
    expect(clock.now().getUTCFullYear()).toBe(2025);
  });

  it('rejects a timestamp that does not parse', () => {
    expect(() => createFixedClock('yesterday')).toThrow(RangeError);
  });
});
