/** What a job handler gets besides its payload. */
export interface JobContext {
  /** Job id. */
  id: string;
  /** Aborted when the queue closes or the enqueuer cancels the job. */
  signal: AbortSignal;
}

/** Runs one kind of job. */
export type JobHandler<Payload = unknown, Result = unknown> = (payload: Payload, context: JobContext) => Promise<Result>;

/** A queued job: its id and its eventual result. */
export interface JobHandle<Result = unknown> {
  id: string;
  /** Settles with the handler's result or error. */
  result: Promise<Result>;
}

/**
 * The job queue port. In-process now (`createInProcessJobQueue`); a pg-boss driver later runs the
 * same handlers in workers. Callers never branch on which one they have.
 */
export interface JobQueue {
  /** Driver id, e.g. `in-process`. */
  readonly kind: string;
  /** Registers the handler of jobs named `name` (one per name; a second registration replaces it). */
  register<Payload, Result>(name: string, handler: JobHandler<Payload, Result>): void;
  /**
   * Queues a job; higher `priority` runs first (ties in arrival order).
   * @throws CompoundError `invalid-argument` when no handler is registered for `name`.
   */
  enqueue<Result = unknown>(name: string, payload: unknown, options?: { priority?: number; signal?: AbortSignal }): JobHandle<Result>;
  /** Stops taking jobs, aborts running ones and waits for them to settle. */
  close(): Promise<void>;
}
