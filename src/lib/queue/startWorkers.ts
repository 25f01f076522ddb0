import type { Payload } from 'payload'

import { TASK_DEFAULTS } from './defineTask'
import type { JobEnvelope } from './jobEnvelope'
import type { QueueClient } from './queueClient'
import { runTask } from './runTask'

/**
 * Starts `concurrency` pg-boss workers per task in this process. Each fetches one job at a time
 * with `FOR UPDATE SKIP LOCKED`, so any number of processes on any number of machines share a
 * queue without running a job twice.
 */
export const startWorkers = async ({
  client,
  payload,
}: {
  client: QueueClient
  payload: Payload
}): Promise<void> => {
  for (const task of client.tasks.values()) {
    const concurrency = task.concurrency ?? TASK_DEFAULTS.concurrency
    for (let slot = 0; slot < concurrency; slot++) {
      await client.boss.work<JobEnvelope>(
        task.name,
        {
          batchSize: 1,
          includeMetadata: true,
          pollingIntervalSeconds: client.pollingIntervalSeconds,
        },
        ([job]) => runTask({ job, payload, task }),
      )
    }
  }
}
