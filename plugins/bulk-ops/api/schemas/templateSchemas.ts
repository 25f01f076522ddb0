import { z } from 'zod'

import { docId, pageQuery } from '../../../../src/lib/api/schemas/requestSchemas'
import { BULK_ACTIONS } from '../../constants'
import { parametersBody, scopeBody } from './jobSchemas'

/*
 * A template may leave out what changes from run to run (typically the period): its scope is
 * checked for ids of its office here, the rest when a job is made from it. Its parameters are
 * checked against its action on every save.
 */

const name = z.string().trim().min(1).max(120)

export const templateCreateBody = z
  .strictObject({
    action: z.enum(BULK_ACTIONS),
    name,
    office: docId
      .optional()
      .describe(
        'The office, when it cannot be told from the caller (a platform admin, several offices)',
      ),
    parameters: parametersBody.optional(),
    scope: scopeBody.optional(),
  })
  .describe('A new bulk template (office admins and accountants)')

export const templatePatchBody = z
  .strictObject({
    action: z.enum(BULK_ACTIONS).optional(),
    name: name.optional(),
    parameters: parametersBody
      .nullable()
      .optional()
      .describe('Replaces the parameters; null clears them'),
    scope: scopeBody.optional().describe('Replaces the whole scope'),
  })
  .refine((body) => Object.keys(body).length > 0, 'Send at least one field to change')
  .describe('Changes to a bulk template')

export const templateListQuery = pageQuery.extend({
  action: z.enum(BULK_ACTIONS).optional(),
})
