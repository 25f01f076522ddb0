import type { Payload } from 'payload'

import { deliveryFromRow } from './deliveryRow'
import type { DeliveryRow } from './deliveryRow'
import { poolOf } from '../db/poolOf'
import type { DeliveryRecord } from './types'

/** Deliveries by id or by idempotency key, in one query. System code: no access control. */
export const findDeliveries = async ({
  ids = [],
  idempotencyKeys = [],
  payload,
}: {
  ids?: number[]
  idempotencyKeys?: string[]
  payload: Payload
}): Promise<DeliveryRecord[]> => {
  if (ids.length === 0 && idempotencyKeys.length === 0) return []
  const { rows } = await poolOf(payload).query<DeliveryRow>(
    'select * from deliveries where id = any($1::int[]) or idempotency_key = any($2::text[])',
    [ids, idempotencyKeys],
  )
  return rows.map(deliveryFromRow)
}
