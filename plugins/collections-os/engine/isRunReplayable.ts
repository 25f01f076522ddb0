import type { RUN_STATUSES } from '../constants'

/**
 * Whether an operator may replay a run: it failed (between the queue's retries, or after them),
 * or it completed with messages no provider accepted (`undelivered`: the notifications' retries
 * gave up, or are still trying, while the cause, an SMTP outage say, lasts). Replaying resumes
 * exactly what was not done; nothing is done twice.
 */
export const isRunReplayable = ({
  status,
  undelivered,
}: {
  status: (typeof RUN_STATUSES)[number]
  undelivered: number
}): boolean =>
  status === 'failed' || status === 'dead-letter' || (status === 'completed' && undelivered > 0)
