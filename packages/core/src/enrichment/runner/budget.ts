/** A hard spending cap shared by every call of a run. */
export interface Budget {
  /** The cap; `Infinity` when unlimited. */
  readonly limit: number;
  /** Settled cost so far. */
  spent(): number;
  /** Reserved for calls in flight. */
  reserved(): number;
  /** Reserves `maxCost` for a call; false (nothing reserved) when it could push spend past the cap. */
  reserve(maxCost: number): boolean;
  /** Settles a reservation with what the call actually cost (0 when it failed or came from a cache). */
  settle(maxCost: number, actualCost: number): void;
}

/**
 * Creates a budget. A call runs only when `spent + reserved + maxCost <= limit`, so concurrent calls
 * can never overrun the cap as long as each call costs at most its declared `maxCost`.
 * @param limit Cap in the providers' unit; undefined for no cap.
 * @param alreadySpent Spend carried over (a resumed run).
 */
export function createBudget(limit: number | undefined, alreadySpent = 0): Budget {
  const cap = limit ?? Number.POSITIVE_INFINITY;
  let spent = alreadySpent;
  let reserved = 0;
  // Float sums of prices like 0.1 drift; compare with a tolerance far below any price.
  const epsilon = 1e-9;
  return {
    limit: cap,
    spent: () => spent,
    reserved: () => reserved,
    reserve(maxCost) {
      if (spent + reserved + maxCost > cap + epsilon) return false;
      reserved += maxCost;
      return true;
    },
    settle(maxCost, actualCost) {
      reserved = Math.max(0, reserved - maxCost);
      spent += actualCost;
    },
  };
}
