import { z } from 'zod'

import { pageSchema } from '../../../../src/lib/api/schemas/responseSchemas'
import { BULK_ACTIONS, BULK_ITEM_STATUSES, BULK_JOB_STATUSES } from '../../constants'
import { ITEM_VALIDATION_CODES } from '../../engine/types'

/*
 * What the API answers: the collections' documents at depth 0 (relations as ids), timestamps as
 * ISO strings, money in integer cents. Loose objects: a field the collections gain later is an
 * addition, not a break. Checked against real answers in the integration test.
 */

const id = z.number().int()
const ref = id.nullable().optional()
const text = z.string().nullable().optional()
const count = z.number().int().nullable().optional()
const cents = z.number().int()
const timestamps = {
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
}

const storedScope = z
  .looseObject({
    apartments: z.array(id).nullable().optional(),
    buildings: z.array(id).nullable().optional(),
    period: text,
  })
  .describe('Buildings, apartments and period (YYYY-MM)')

const estimatedImpact = z
  .looseObject({
    byBuilding: z.array(z.looseObject({ building: id, cents, items: z.number().int() })),
    byCategory: z.array(z.looseObject({ category: id.nullable(), cents })),
    items: z.number().int(),
    messages: z.number().int(),
    planned: z.number().int(),
    rows: z.number().int(),
    skipped: z.number().int(),
    totalCents: cents.describe('What the planned items charge (negative: credited back)'),
    validationErrors: z.number().int(),
  })
  .describe('What the dry-run found: items, cents by building and category, messages, export rows')

export const jobDoc = z
  .looseObject({
    id,
    action: z.enum(BULK_ACTIONS),
    createdBy: ref,
    dryRunAt: text,
    error: text,
    estimatedImpact: estimatedImpact.nullable().optional(),
    exportFile: ref.describe('The CSV of an export job (bulk-exports)'),
    finishedAt: text,
    itemsFailed: count,
    itemsSkipped: count,
    itemsSucceeded: count,
    itemsTotal: count,
    parameters: z
      .record(z.string(), z.unknown())
      .nullable()
      .optional()
      .describe('With every default written out'),
    planHash: text.describe(
      'SHA-256 of the data the dry-run was computed on; execute refuses when it changed',
    ),
    reverses: ref.describe('The job a reversal offsets'),
    scope: storedScope.nullable().optional(),
    startedAt: text,
    status: z.enum(BULK_JOB_STATUSES),
    tenant: id.describe('The office'),
    traceId: text.describe(
      'The trace of the execution: its audit events, queue jobs and logs carry it',
    ),
    validationErrorCount: count,
    ...timestamps,
  })
  .describe('A bulk job')

const itemValidationError = z.looseObject({
  code: z.enum(ITEM_VALIDATION_CODES),
  message: z.string(),
  ref: id.optional(),
})

export const itemDoc = z
  .looseObject({
    id,
    amount: z
      .number()
      .int()
      .nullable()
      .optional()
      .describe('Cents this item charges (negative for reversals)'),
    apartment: ref,
    attempts: count,
    building: ref,
    effectIds: z.array(id).nullable().optional().describe('What the item created'),
    effectType: text,
    error: text,
    finishedAt: text,
    idempotencyKey: text,
    job: id,
    preview: z
      .looseObject({
        after: cents,
        before: cents,
        lines: z.array(z.looseObject({ amount: cents })),
      })
      .nullable()
      .optional()
      .describe('The dry-run diff: balance before and after, and the lines it creates'),
    status: z.enum(BULK_ITEM_STATUSES),
    validationErrors: z
      .array(itemValidationError)
      .nullable()
      .optional()
      .describe('Why the item is skipped'),
    ...timestamps,
  })
  .describe('One target (apartment) of a job')

export const itemErrorDoc = z
  .looseObject({
    id,
    at: z.string(),
    attempt: z.number().int(),
    building: ref,
    code: z.string(),
    item: id,
    job: id,
    message: z.string(),
    ...timestamps,
  })
  .describe('A failed attempt of an item')

export const templateDoc = z
  .looseObject({
    id,
    action: z.enum(BULK_ACTIONS),
    createdBy: ref,
    name: z.string(),
    parameters: z.record(z.string(), z.unknown()).nullable().optional(),
    scope: storedScope.nullable().optional(),
    tenant: id,
    ...timestamps,
  })
  .describe('A reusable job: action, scope and parameters')

export const jobPage = pageSchema(jobDoc).describe('A page of bulk jobs')
export const itemPage = pageSchema(itemDoc).describe('A page of job items')
export const itemErrorPage = pageSchema(itemErrorDoc).describe(
  'The latest failed attempts of a job, newest first',
)
export const templatePage = pageSchema(templateDoc).describe('A page of bulk templates')
export const jobWithItems = jobDoc
  .extend({ items: itemPage })
  .describe('A job with the first page of its items (the dry-run preview)')
export const jobDetail = jobDoc
  .extend({ itemErrors: itemErrorPage, items: itemPage })
  .describe('A job with a page of its items and its latest failed attempts')
