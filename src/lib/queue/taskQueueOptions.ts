import { DEAD_LETTER_QUEUE, RESERVED_QUEUE_PREFIX } from './constants'
import { TASK_DEFAULTS } from './defineTask'
import type { TaskDefinition } from './defineTask'

/** The options pg-boss stores on a task's queue row and copies onto every job sent to it. */
export type TaskQueueOptions = {
  name: string
  deadLetter: string
  expireInSeconds: number
  policy: 'standard'
  retryBackoff: boolean
  retryDelay: number
  retryLimit: number
}

const TASK_NAME = /^[a-z0-9][a-z0-9._-]*$/i
// pg-boss refuses an expiry of 24 hours or more.
const MAX_EXPIRE_SECONDS = 24 * 60 * 60 - 1

const assertWholeNumber = ({
  field,
  min,
  task,
  value,
}: {
  field: string
  min: number
  task: string
  value: number
}) => {
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`Task "${task}": ${field} must be a whole number >= ${min}, got ${value}`)
  }
}

/**
 * A task's retry, backoff, expiry and dead-letter settings in pg-boss's terms, with the defaults
 * filled in. Throws on a name or value pg-boss would refuse or misread, so a bad task stops the
 * start instead of failing its first job.
 */
export const taskQueueOptions = (
  task: Pick<
    TaskDefinition,
    'name' | 'expireInSeconds' | 'retryBackoff' | 'retryDelaySeconds' | 'retryLimit'
  >,
): TaskQueueOptions => {
  const isTaken = task.name.startsWith(RESERVED_QUEUE_PREFIX) || task.name === DEAD_LETTER_QUEUE
  if (!TASK_NAME.test(task.name) || isTaken) {
    throw new Error(
      `Invalid task name "${task.name}": use letters, digits, ".", "_" and "-"; ` +
        `"${DEAD_LETTER_QUEUE}" and "${RESERVED_QUEUE_PREFIX}*" are taken`,
    )
  }
  const expireInSeconds = task.expireInSeconds ?? TASK_DEFAULTS.expireInSeconds
  const retryDelay = task.retryDelaySeconds ?? TASK_DEFAULTS.retryDelaySeconds
  const retryLimit = task.retryLimit ?? TASK_DEFAULTS.retryLimit
  assertWholeNumber({ field: 'expireInSeconds', min: 1, task: task.name, value: expireInSeconds })
  assertWholeNumber({ field: 'retryDelaySeconds', min: 0, task: task.name, value: retryDelay })
  assertWholeNumber({ field: 'retryLimit', min: 0, task: task.name, value: retryLimit })
  if (expireInSeconds > MAX_EXPIRE_SECONDS) {
    throw new Error(
      `Task "${task.name}": expireInSeconds must be below 24 hours, got ${expireInSeconds}`,
    )
  }
  const retryBackoff = task.retryBackoff ?? TASK_DEFAULTS.retryBackoff
  return {
    name: task.name,
    deadLetter: DEAD_LETTER_QUEUE,
    expireInSeconds,
    policy: 'standard',
    retryBackoff,
    // pg-boss raises a backoff delay of 0 to 1 s when storing the job; say so here rather than surprise.
    retryDelay: retryBackoff ? Math.max(1, retryDelay) : retryDelay,
    retryLimit,
  }
}
