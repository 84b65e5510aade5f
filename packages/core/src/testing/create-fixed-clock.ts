/** A clock that only moves when told to. Inject it wherever code asks for the current time. */
export interface FixedClock {
  /** The current (fixed) time, as a fresh `Date` each call. */
  now(): Date;
  /** Moves the clock forward by `ms` milliseconds (negative moves it back). Returns the new time. */
  advance(ms: number): Date;
}

/**
 * Creates a clock frozen at `iso`.
 *
 * @param iso An ISO 8601 timestamp, e.g. `2025-01-15T09:00:00Z`. Throws a `RangeError` when it does not parse.
 * @example
 * const clock = createFixedClock('2025-01-15T09:00:00Z');
 * clock.advance(60_000);
 * clock.now().toISOString(); // '2025-01-15T09:01:00.000Z'
 */
export function createFixedClock(iso: string): FixedClock {
  let current = Date.parse(iso);
  if (Number.isNaN(current)) throw new RangeError(`createFixedClock: not an ISO timestamp: ${iso}`);
  return {
    now: () => new Date(current),
    advance(ms) {
      current += ms;
      return new Date(current);
    },
  };
}
