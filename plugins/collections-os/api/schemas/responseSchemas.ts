import { z } from 'zod'

import { pageSchema } from '../../../../src/lib/api/schemas/responseSchemas'
import { DELIVERY_CHANNELS } from '../../../../src/lib/notifications/constants'
import { PROMISE_STATUSES, RUN_STATUSES } from '../../constants'
import { SKIP_REASONS } from '../../engine/skipReasons'

/*
 * What the API answers: the collections' documents at depth 0 (relations as ids), timestamps as
 * ISO strings. Loose objects: a field the collections gain later is an addition, not a break.
 * These schemas document the API and are checked against real answers in the integration test.
 */

const id = z.number().int()
const ref = id.nullable().optional()
const text = z.string().nullable().optional()
const count = z.number().nullable().optional()
const timestamps = {
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
}

export const policyDoc = z
  .looseObject({
    id,
    building: ref.describe('null: the office default'),
    isActive: z.boolean().nullable().optional(),
    minimumBalance: z.number().int(),
    name: z.string(),
    schedule: text,
    steps: z.array(
      z.looseObject({
        action: z.looseObject({}).nullable().optional(),
        channel: z.enum(DELIVERY_CHANNELS),
        maxContacts: z.number().int(),
        minDaysBetweenContacts: z.number().int(),
        template: z.looseObject({ el: text, en: text }).nullable().optional(),
        threshold: z.looseObject({ type: z.enum(['bucket', 'days']) }),
      }),
    ),
    tenant: id.describe('The office'),
    ...timestamps,
  })
  .describe('A dunning policy')

export const runDoc = z
  .looseObject({
    id,
    asOf: text.describe('The office calendar day the run decided for'),
    attempts: count,
    building: ref,
    contacted: count,
    error: text,
    evaluated: count,
    finishedAt: text,
    isDryRun: z.boolean().nullable().optional(),
    policy: id,
    requestedBy: ref.describe('The user who ran it by hand; null for a scheduled run'),
    scheduledFor: text,
    skipped: z
      .record(z.string(), z.number())
      .nullable()
      .optional()
      .describe('Apartments skipped, by reason'),
    startedAt: text,
    status: z.enum(RUN_STATUSES),
    tenant: id,
    traceId: text,
    trigger: z.enum(['scheduled', 'manual']),
    ...timestamps,
  })
  .describe('A dunning run')

export const eventDoc = z
  .looseObject({
    id,
    amountOverdue: count.describe('Cents'),
    apartment: id,
    building: ref,
    channel: z.enum(DELIVERY_CHANNELS).nullable().optional(),
    daysOverdue: count,
    delivery: ref,
    outcome: z.enum(['sent', 'skipped']),
    run: id,
    skipReason: z.enum(SKIP_REASONS).nullable().optional(),
    stepIndex: count,
    ...timestamps,
  })
  .describe('What a run did for one apartment')

export const promiseDoc = z
  .looseObject({
    id,
    amount: z.number().int().describe('Cents'),
    apartment: id,
    building: ref,
    createdBy: ref,
    dueDate: z.string(),
    graceDays: count,
    installments: z
      .array(z.looseObject({ amount: z.number().int(), dueDate: z.string() }))
      .nullable()
      .optional(),
    note: text,
    resolvedOn: text,
    status: z.enum(PROMISE_STATUSES),
    tenant: id,
    ...timestamps,
  })
  .describe('A promise to pay')

export const policyPage = pageSchema(policyDoc).describe('A page of policies')
export const runPage = pageSchema(runDoc).describe('A page of runs')
export const eventPage = pageSchema(eventDoc).describe('A page of run events')
export const promisePage = pageSchema(promiseDoc).describe('A page of promises')
export const runWithEvents = runDoc
  .extend({ events: eventPage })
  .describe('A run with a page of its events')
