/**
 * The durable job queue (pg-boss 10 on the app's PostgreSQL, schema `QUEUE_SCHEMA`). Declare
 * tasks with `defineTask`, add them to the config with `registerTasks`, enqueue with `enqueue`.
 * Operations: docs/runbooks/queue.md.
 */
export { DEAD_LETTER_QUEUE } from './constants'
export {
  defineTask,
  TASK_DEFAULTS,
  type TaskDefinition,
  type TaskHandlerArgs,
  type TaskJob,
} from './defineTask'
export { enqueue, type EnqueueArgs, type EnqueueResult } from './enqueue'
export { type DeadLetter, listDeadLetters } from './listDeadLetters'
export {
  closeQueueClient,
  createQueueClient,
  type QueueClient,
  type QueueConnectionOptions,
} from './queueClient'
export { queuePlugin } from './queuePlugin'
export { activeQueueClient, startQueue, stopQueue } from './queueSingleton'
export { type QueueStat, queueStats } from './queueStats'
export { configuredTasks, registerTasks } from './registerTasks'
export { DeadLetterNotFoundError, replayDeadLetter } from './replayDeadLetter'
export { startWorkers } from './startWorkers'
