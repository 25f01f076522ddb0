import { commitTransaction, initTransaction, killTransaction } from 'payload'
import type { PayloadRequest } from 'payload'

import { dbFor } from './transaction'
import type { SqlExecutor } from './transaction'

/**
 * Runs `work` in `req`'s transaction: its own one (committed, or rolled back on a throw) unless
 * the caller already opened one, which then commits or rolls back with the caller.
 */
export const inTransaction = async <T>(
  req: PayloadRequest,
  work: (db: SqlExecutor) => Promise<T>,
): Promise<T> => {
  const isOwn = await initTransaction(req)
  try {
    const result = await work(await dbFor(req))
    if (isOwn) await commitTransaction(req)
    return result
  } catch (err) {
    if (isOwn) await killTransaction(req)
    throw err
  }
}
