/**
 * What the queue stores as a pg-boss job's `data`. The task name travels with the data because
 * pg-boss copies only `data` (not the queue name) to the dead-letter queue, and a replay must
 * know where the job came from.
 */
export type JobEnvelope<Data = unknown> = {
  data: Data
  /** The dedupe key the job was enqueued with, if any (for inspection). */
  key?: string
  task: string
  traceId: string
}
