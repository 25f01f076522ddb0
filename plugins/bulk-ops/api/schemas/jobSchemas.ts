import { z } from 'zod'

import { docId, pageQuery } from '../../../../src/lib/api/schemas/requestSchemas'
import { BULK_ACTIONS, BULK_ITEM_STATUSES, BULK_JOB_STATUSES } from '../../constants'
import { scopeIdLists } from '../../engine/bulkJobInput'

/*
 * The structure of what a client sends. What depends on the action (its parameters, the period it
 * needs) and on the data (ids the caller may reach, one office) is checked by the operations,
 * which answer the same 400 with field paths and write nothing.
 */

export const scopeBody = z
  .strictObject({
    apartments: scopeIdLists.apartments.optional().describe('Single apartments, at most 20,000'),
    buildings: scopeIdLists.buildings
      .optional()
      .describe('Buildings: every apartment of each; at most 1,000'),
    period: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use YYYY-MM')
      .optional()
      .describe('YYYY-MM; required by common-expense-issue and recurring-expenses'),
  })
  .describe('What a job applies to: at least one building or apartment, all of one office')

export const parametersBody = z
  .record(z.string(), z.unknown())
  .describe(
    'Per action (unknown keys are refused): common-expense-issue, recurring-expenses: dueDate (YYYY-MM-DD, default the 10th ' +
      'of the month after the period); reminders: channel (email, sms, in-app, letter; default email), subject, template ' +
      '(placeholders {owner}, {amount}, {paymentLink}); export: columns; reversal: job (the executed charge job to offset)',
  )

export const jobCreateBody = z
  .strictObject({
    action: z.enum(BULK_ACTIONS).optional().describe('Required unless a template is named'),
    parameters: parametersBody.optional(),
    scope: scopeBody.optional(),
    template: docId
      .optional()
      .describe(
        "Start from this template: its action, scope and parameters; a scope field or parameters sent here replace the template's",
      ),
  })
  .superRefine((body, ctx) => {
    if (body.template !== undefined && body.action !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'Name either an action or a template, not both',
        path: ['template'],
      })
    }
    if (body.template === undefined && body.action === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'Required unless a template is named',
        path: ['action'],
      })
    }
  })
  .describe('A new draft job: an action with its scope and parameters, or a template')

export const jobListQuery = pageQuery.extend({
  action: z.enum(BULK_ACTIONS).optional(),
  status: z.enum(BULK_JOB_STATUSES).optional(),
})

export const jobDetailQuery = z.strictObject({
  errorsLimit: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .default(50)
    .describe('Latest failed attempts to include, at most 500'),
  itemStatus: z.enum(BULK_ITEM_STATUSES).optional().describe('Only items of this status'),
  itemsLimit: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .default(50)
    .describe('Items per page, at most 500'),
  itemsPage: z.coerce.number().int().min(1).default(1).describe('Page of the items, from 1'),
})

export const retryBody = z
  .strictObject({
    itemIds: z
      .array(docId)
      .min(1)
      .max(20_000)
      .optional()
      .describe('Only these failed items of the job; absent: every failed item'),
  })
  .optional()
  .describe('Which failed items to retry; the body may be left out')
