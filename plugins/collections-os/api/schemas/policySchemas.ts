import { z } from 'zod'

import { AGING_BUCKETS } from '../../../../src/ledger/engine/agingBucket'
import { DELIVERY_CHANNELS } from '../../../../src/lib/notifications/constants'
import { docId, pageQuery, queryId } from '../../../../src/lib/api/schemas/requestSchemas'
import { positiveCents, wholeNumber } from './common'

/*
 * Field names mirror the `dunning-policies` collection, so a body goes to the Local API as it is.
 * Structure is checked here; the engine's rules (steps in increasing order, known placeholders, a
 * message in the office's language) are checked on save by the collection and answer the same 400.
 * No zod defaults: the collection's own defaults apply on create, and PATCH must leave absent
 * fields alone.
 */

const threshold = z.discriminatedUnion('type', [
  z.strictObject({
    bucket: z.enum(AGING_BUCKETS.filter((bucket) => bucket !== 'not-due')),
    type: z.literal('bucket'),
  }),
  z.strictObject({
    minDaysOverdue: wholeNumber(0).describe('Days past the oldest unpaid due date'),
    type: z.literal('days'),
  }),
])

const lateFee = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('none') }),
  z.strictObject({ amount: positiveCents, type: z.literal('fixed') }),
  z.strictObject({
    basisPoints: z.number().int().min(1).max(10_000).describe('100 = 1% of the overdue amount'),
    type: z.literal('percent'),
  }),
])

const template = z.string().max(2_000).nullable().optional()

export const policyStep = z
  .strictObject({
    action: z
      .strictObject({
        isLegalNotice: z.boolean().optional(),
        lateFee: lateFee.optional(),
        shouldCreateManagerTask: z.boolean().optional(),
      })
      .optional(),
    channel: z.enum(DELIVERY_CHANNELS),
    maxContacts: wholeNumber(1)
      .optional()
      .describe('Contacts at this step per arrears episode (default 1)'),
    minDaysBetweenContacts: wholeNumber(0)
      .optional()
      .describe('Days before this step may be repeated (default 14)'),
    template: z
      .strictObject({ el: template, en: template })
      .describe('Message per locale; placeholders {owner}, {amount}, {daysOverdue}, {paymentLink}'),
    threshold,
  })
  .describe('One escalation step')

const name = z.string().trim().min(1).max(120)
const schedule = z
  .string()
  .trim()
  .regex(/^(\S+\s+){4}\S+$/, 'Use five cron fields: minute hour day month weekday')
  .nullable()
  .optional()
  .describe('Cron (UTC), e.g. "0 9 * * 1"; null or absent: manual runs only')
const steps = z.array(policyStep).min(1).max(20)
const minimumBalance = wholeNumber(0).describe(
  'Cents overdue below which nobody is contacted (default 0)',
)

export const policyCreateBody = z
  .strictObject({
    building: docId
      .nullable()
      .optional()
      .describe("A building's override; absent or null: the office default"),
    isActive: z.boolean().optional().describe('Default true'),
    minimumBalance: minimumBalance.optional(),
    name,
    office: docId
      .optional()
      .describe(
        'The office, when it cannot be told otherwise (a caller of several offices, no building)',
      ),
    schedule,
    steps,
  })
  .describe('A new dunning policy')

/** The building is the policy's scope, so it is not edited: make a new policy for another building. */
export const policyPatchBody = z
  .strictObject({
    isActive: z.boolean().optional(),
    minimumBalance: minimumBalance.optional(),
    name: name.optional(),
    schedule,
    steps: steps.optional().describe('Replaces every step'),
  })
  .refine((body) => Object.keys(body).length > 0, 'Send at least one field to change')
  .describe('Changes to a dunning policy')

export const policyListQuery = pageQuery.extend({
  building: queryId.optional().describe("Only this building's overrides"),
  isActive: z.enum(['true', 'false']).optional().describe('Only active or only inactive policies'),
})
