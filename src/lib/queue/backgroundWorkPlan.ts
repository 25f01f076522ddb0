import type { AppEnv } from '../env'

export type BackgroundWorkPlan = {
  /** Connect to the queue at start, so this instance can enqueue. */
  shouldConnectQueue: boolean
  /** Tick the schedules (only enqueues; safe on every instance thanks to the tick's dedupe key). */
  shouldRunScheduler: boolean
  /** Run task handlers in this process. */
  shouldRunWorkers: boolean
}

/**
 * What an app process starts in Payload's `onInit`. Tests start nothing (each suite starts the
 * queue itself, with short timers, and stops it in afterAll). `QUEUE_WORKERS=false` keeps a web
 * instance send-only while `npm run worker` runs the handlers elsewhere.
 */
export const backgroundWorkPlan = (
  env: Pick<AppEnv, 'flags' | 'nodeEnv' | 'queue'>,
): BackgroundWorkPlan => {
  if (env.nodeEnv === 'test')
    return { shouldConnectQueue: false, shouldRunScheduler: false, shouldRunWorkers: false }
  return {
    shouldConnectQueue: true,
    shouldRunScheduler: env.flags.ENABLE_SCHEDULER,
    shouldRunWorkers: env.queue.workers,
  }
}
