import type { Payload } from 'payload'

import { poolOf } from '../db/poolOf'
import { ATTEMPT_LEASE_SECONDS } from './constants'
import { deliveryFromRow } from './deliveryRow'
import type { DeliveryRow } from './deliveryRow'
import type { DeliveryRecord } from './types'

/**
 * Takes the next attempt at deliveries that no provider has accepted, atomically, in one
 * statement: a `failed` one, a `queued` one whose last attempt is older than the lease (its
 * process died mid-send) and, with `isDeadRevived`, a `dead` one that was never sent (the retries
 * gave up on it; a caller resuming a batch gives it another chance). Two callers racing for the
 * same row get it once; `sent` and `delivered` ones, a `dead` one the provider accepted (then
 * reported bounced), letters and rows held by a running attempt are never taken. Returns the
 * deliveries to attempt now, each with its attempt counted.
 */
export const claimDeliveries = async ({
  ids,
  isDeadRevived,
  payload,
}: {
  ids: readonly number[]
  isDeadRevived: boolean
  payload: Payload
}): Promise<DeliveryRecord[]> => {
  if (ids.length === 0) return []
  const { rows } = await poolOf(payload).query<DeliveryRow>(
    `update deliveries
        set status = 'queued', attempts = attempts + 1, last_attempt_at = now(), updated_at = now()
      where id = any($1::int[])
        and channel <> 'letter'
        and (status = 'failed'
          or ($3 and status = 'dead' and sent_at is null)
          or (status = 'queued' and (last_attempt_at is null or last_attempt_at < now() - make_interval(secs => $2))))
    returning *`,
    [ids, ATTEMPT_LEASE_SECONDS, isDeadRevived],
  )
  return rows.map(deliveryFromRow)
}

/** Whether a delivery may still need an attempt: nobody has handed it to a provider or the printer. */
export const isUnsent = (delivery: DeliveryRecord): boolean =>
  delivery.channel !== 'letter' &&
  (delivery.status === 'failed' ||
    delivery.status === 'queued' ||
    (delivery.status === 'dead' && delivery.sentAt === null))
