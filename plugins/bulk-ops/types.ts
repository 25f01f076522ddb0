import { EXECUTION_BATCH_SIZE } from './engine/batches'

/** Options of `bulkOpsPlugin`. */
export type BulkOpsPluginOptions = {
  /**
   * Items one execution transaction handles. Larger batches mean fewer round trips and longer
   * locks on the batch's apartments; a failed batch is split in halves down to the bad item.
   * Between 1 and 5,000.
   * @default 500
   */
  executionBatchSize?: number
}

export type SanitizedBulkOpsOptions = Required<BulkOpsPluginOptions>

/** The options with their defaults, checked: a bad value stops the start with its name. */
export const sanitizeBulkOpsOptions = (options: BulkOpsPluginOptions): SanitizedBulkOpsOptions => {
  const executionBatchSize = options.executionBatchSize ?? EXECUTION_BATCH_SIZE
  if (
    !Number.isInteger(executionBatchSize) ||
    executionBatchSize < 1 ||
    executionBatchSize > 5_000
  ) {
    throw new Error(
      `bulkOpsPlugin: executionBatchSize must be a whole number from 1 to 5000, got ${executionBatchSize}`,
    )
  }
  return { executionBatchSize }
}
