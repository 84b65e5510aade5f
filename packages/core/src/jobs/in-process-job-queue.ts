import { randomUUID } from 'node:crypto';
import { CompoundError } from '../errors/compound-error.js';
import type { JobHandle, JobHandler, JobQueue } from './job-queue.js';

/** Settings of `createInProcessJobQueue`. */
export interface InProcessJobQueueOptions {
  /** Jobs running at once. Default: 1. */
  concurrency?: number;
}

interface QueuedJob {
  id: string;
  name: string;
  payload: unknown;
  priority: number;
  order: number;
  controller: AbortController;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** A job queue that runs jobs in this process, highest priority first. */
export function createInProcessJobQueue(options: InProcessJobQueueOptions = {}): JobQueue {
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const handlers = new Map<string, JobHandler<never, unknown>>();
  const waiting: QueuedJob[] = [];
  const running = new Set<Promise<void>>();
  const controllers = new Set<AbortController>();
  let order = 0;
  let closed = false;

  function pump(): void {
    while (!closed && running.size < concurrency && waiting.length > 0) {
      waiting.sort((a, b) => b.priority - a.priority || a.order - b.order);
      const job = waiting.shift();
      if (job === undefined) return;
      const handler = handlers.get(job.name) as JobHandler<unknown, unknown> | undefined;
      const work = (async () => {
        try {
          if (handler === undefined) throw new CompoundError({ code: 'invalid-argument', message: `No handler registered for job ${job.name}.` });
          job.resolve(await handler(job.payload, { id: job.id, signal: job.controller.signal }));
        } catch (error: unknown) {
          job.reject(error);
        } finally {
          controllers.delete(job.controller);
        }
      })();
      running.add(work);
      void work.finally(() => {
        running.delete(work);
        pump();
      });
    }
  }

  return {
    kind: 'in-process',
    register(name, handler) {
      handlers.set(name, handler as JobHandler<never, unknown>);
    },
    enqueue<Result>(name: string, payload: unknown, enqueueOptions: { priority?: number; signal?: AbortSignal } = {}): JobHandle<Result> {
      if (!handlers.has(name)) {
        throw new CompoundError({ code: 'invalid-argument', message: `No handler registered for job ${name}; call register('${name}', handler) first.` });
      }
      const id = randomUUID();
      const controller = new AbortController();
      controllers.add(controller);
      enqueueOptions.signal?.addEventListener('abort', () => controller.abort(enqueueOptions.signal?.reason), { once: true });
      if (enqueueOptions.signal?.aborted === true) controller.abort(enqueueOptions.signal.reason);
      const result = new Promise<Result>((resolve, reject) => {
        waiting.push({ id, name, payload, priority: enqueueOptions.priority ?? 0, order: (order += 1), controller, resolve: resolve as (value: unknown) => void, reject });
      });
      pump();
      return { id, result };
    },
    async close() {
      closed = true;
      for (const controller of controllers) controller.abort(new CompoundError({ code: 'invalid-argument', message: 'The job queue was closed.' }));
      for (const job of waiting.splice(0)) job.reject(new CompoundError({ code: 'invalid-argument', message: 'The job queue was closed before the job ran.' }));
      await Promise.allSettled([...running]);
    },
  };
}
