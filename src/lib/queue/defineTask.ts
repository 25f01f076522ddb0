import type { Payload } from 'payload'

/** What a handler learns about the job it runs (pg-boss metadata; the envelope stays internal). */
export type TaskJob = {
  id: string
  name: string
  createdOn: Date
  /** 0 on the first attempt, 1 on the first retry, and so on. */
  retryCount: number
  retryLimit: number
}

export type TaskHandlerArgs<Data> = {
  data: Data
  job: TaskJob
  payload: Payload
  /** The trace of the code that enqueued the job; the handler also runs inside it (`currentTraceId()`). */
  traceId: string
}

/**
 * A unit of durable background work: one pg-boss queue, named after the task. Declared by core
 * code and plugins and handed to the queue through `registerTasks` (see `registerTasks.ts`).
 */
export type TaskDefinition<Data = unknown> = {
  /** Queue name, unique across the app, e.g. `dunning.run` or `idempotency-keys.cleanup`. */
  name: string
  /**
   * Jobs of this task one process runs at the same time.
   * @default 1
   */
  concurrency?: number
  /**
   * A running job not finished after this long is failed and retried: its worker is presumed dead.
   * Must exceed the slowest honest run (pg-boss caps it below 24 hours).
   * @default 900
   */
  expireInSeconds?: number
  // Method syntax on purpose: it keeps tasks with different `Data` assignable to one registry list.
  handler(args: TaskHandlerArgs<Data>): Promise<unknown>
  /**
   * Doubles the delay after each failed attempt (with jitter up to another delay).
   * @default true
   */
  retryBackoff?: boolean
  /**
   * Delay before the first retry; with backoff, attempt n waits between delay * 2^(n-1) and twice that.
   * @default 30
   */
  retryDelaySeconds?: number
  /**
   * Retries after the first attempt; the job then moves to the dead-letter queue.
   * @default 5
   */
  retryLimit?: number
}

export const TASK_DEFAULTS = {
  concurrency: 1,
  expireInSeconds: 900,
  retryBackoff: true,
  retryDelaySeconds: 30,
  retryLimit: 5,
} as const

/** Declares a task; the identity function gives `handler` its `data` type. */
export const defineTask = <Data>(task: TaskDefinition<Data>): TaskDefinition<Data> => task
