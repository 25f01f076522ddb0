import { z } from 'zod'

import { BATCH_SIZE } from './constants'
import { PROVIDER_EVENT_STATUSES } from './deliveryStatusTransition'

/** The longest provider reason kept; the delivery's `error` is this plus the status in front. */
const MAX_REASON_LENGTH = 1_000

/**
 * The body of `POST /api/notifications/delivery-status`: what became of messages the provider
 * accepted, up to `BATCH_SIZE` reports, one statement's worth. `at` may carry any offset and is
 * kept in UTC. Unknown keys are dropped, so a provider may send more than we read.
 */
export const deliveryStatusCallback = z.object({
  events: z
    .array(
      z.object({
        at: z.iso.datetime({ offset: true }).transform((value) => new Date(value).toISOString()),
        providerId: z.string().trim().min(1).max(300),
        reason: z.string().trim().max(MAX_REASON_LENGTH).optional(),
        status: z.enum(PROVIDER_EVENT_STATUSES),
      }),
    )
    .min(1, 'must list at least one event')
    .max(BATCH_SIZE, `at most ${BATCH_SIZE} events per request`),
})
