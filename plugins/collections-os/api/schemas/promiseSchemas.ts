import { z } from 'zod'

import { docId, pageQuery, queryId } from '../../../../src/lib/api/schemas/requestSchemas'
import { PROMISE_STATUSES } from '../../constants'
import { calendarDate, positiveCents, wholeNumber } from './common'

/*
 * Dates are office calendar days (`YYYY-MM-DD`); they are stored at noon UTC, which is the same
 * day in every office time zone. `status` is not a field of either body: a promise starts active,
 * is cancelled through its `cancel` transition, and is kept or broken by the system.
 */

const installment = z.strictObject({ amount: positiveCents, dueDate: calendarDate })
const graceDays = wholeNumber(0)
  .max(60)
  .describe('Days after the due date before the promise counts as broken (default 3)')
const note = z.string().max(2_000)

export const promiseCreateBody = z
  .strictObject({
    amount: positiveCents.describe('Total promised, in integer cents'),
    apartment: docId,
    dueDate: calendarDate,
    graceDays: graceDays.optional(),
    installments: z.array(installment).max(60).optional(),
    note: note.optional(),
  })
  .describe('A new promise to pay; it starts active')

export const promisePatchBody = z
  .strictObject({
    amount: positiveCents.optional(),
    dueDate: calendarDate.optional(),
    graceDays: graceDays.optional(),
    installments: z.array(installment).max(60).optional().describe('Replaces every installment'),
    note: note.nullable().optional(),
    status: z
      .never({
        error:
          'Status is not edited: cancel with POST /collections/promises/{id}/cancel; kept and broken are set by the system',
      })
      .optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'Send at least one term to change')
  .describe('New terms of an active promise')

export const promiseListQuery = pageQuery.extend({
  apartment: queryId.optional(),
  building: queryId.optional(),
  status: z.enum(PROMISE_STATUSES).optional(),
})

/** Noon UTC is the same calendar day in every office time zone (UTC-11 to UTC+12). */
export const storedDate = (day: string): string => `${day}T12:00:00.000Z`
