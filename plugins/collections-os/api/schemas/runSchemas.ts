import { z } from 'zod'

import { docId, pageQuery, queryId } from '../../../../src/lib/api/schemas/requestSchemas'
import { RUN_STATUSES } from '../../constants'

export const runListQuery = pageQuery.extend({
  building: queryId.optional().describe('Only runs scoped to this building'),
  policy: queryId.optional().describe('Only runs of this policy'),
  status: z.enum(RUN_STATUSES).optional(),
})

export const runDetailQuery = z.strictObject({
  eventsLimit: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .default(100)
    .describe('Events per page, at most 500'),
  eventsPage: z.coerce.number().int().min(1).default(1).describe('Page of the run events, from 1'),
})

export const triggerRunBody = z
  .strictObject({
    building: docId
      .optional()
      .describe("Scope the run to one building of the policy's office (an office default only)"),
    dryRun: z
      .boolean()
      .default(false)
      .describe('Plan and count without recording events or sending anything'),
    policy: docId,
  })
  .describe('A manual dunning run to queue')
