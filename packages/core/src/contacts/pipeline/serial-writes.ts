/**
 * A queue of store writes that run one after another while the caller keeps computing: with the
 * store's database on another thread (PGlite in a worker, or a server), the import scores contacts
 * while earlier rows are being written. Steps must not run concurrently: each bulk write is a
 * savepoint of the import's transaction, and savepoints nest, they do not interleave.
 */
export interface SerialWrites {
  /** Queues `step` after every step queued before it. A failed step skips the rest. */
  add(step: () => Promise<unknown>): void;
  /** Resolves when every queued step has run; rejects with the first failure. */
  drained(): Promise<void>;
}

/** Creates an empty queue. */
export function createSerialWrites(): SerialWrites {
  let tail: Promise<void> = Promise.resolve();
  return {
    add(step) {
      tail = tail.then(async () => {
        await step();
      });
      // Handled here so a failure while the caller computes is not an unhandled rejection;
      // `drained()` still rejects with it.
      tail.catch(() => undefined);
    },
    drained: () => tail,
  };
}

/** Lets queued writes and their replies run between chunks of synchronous work. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
