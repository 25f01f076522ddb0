import { z } from 'zod'

import { docId } from '../../../src/lib/api/schemas/requestSchemas'

import { zodFieldErrors } from '../../../src/lib/validation/validationError'
import type { FieldError } from '../../../src/lib/validation/validationError'
import { BULK_ACTIONS } from '../constants'
import { placeholderErrors } from '../../../src/lib/text/placeholders'
import { REMINDER_PLACEHOLDERS } from './reminderTemplate'
import { EXPORT_COLUMNS, REMINDER_CHANNELS } from './types'

const isUnique = (values: readonly unknown[]) => new Set(values).size === values.length
const idList = (max: number) => z.array(docId).max(max).refine(isUnique, 'List each id once')

/** The ids a scope may name, each once: more apartments than an office has, a building list per office. */
export const scopeIdLists = { apartments: idList(20_000), buildings: idList(1_000) }

const isCalendarDate = (value: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const time = Date.parse(`${value}T00:00:00Z`)
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value
}

const scopeSchema = z.strictObject({
  apartments: scopeIdLists.apartments.optional(),
  buildings: scopeIdLists.buildings.optional(),
  period: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use YYYY-MM')
    .optional(),
})

const chargeIssue = <A extends 'common-expense-issue' | 'recurring-expenses'>(action: A) =>
  z.strictObject({
    action: z.literal(action),
    parameters: z
      .strictObject({
        dueDate: z.string().refine(isCalendarDate, 'Use a real date, YYYY-MM-DD').optional(),
      })
      .optional(),
    scope: scopeSchema,
  })

const template = z
  .string()
  .trim()
  .min(1)
  .max(5_000)
  .superRefine((text, ctx) => {
    for (const message of placeholderErrors({ known: REMINDER_PLACEHOLDERS, template: text }))
      ctx.addIssue({ code: 'custom', message })
  })

const inputSchema = z
  .discriminatedUnion(
    'action',
    [
      chargeIssue('common-expense-issue'),
      chargeIssue('recurring-expenses'),
      z.strictObject({
        action: z.literal('reminders'),
        parameters: z
          .strictObject({
            channel: z.enum(REMINDER_CHANNELS).optional(),
            subject: z.string().trim().min(1).max(300).optional(),
            template: template.optional(),
          })
          .optional(),
        scope: scopeSchema,
      }),
      z.strictObject({
        action: z.literal('export'),
        parameters: z
          .strictObject({
            columns: z
              .array(z.enum(EXPORT_COLUMNS))
              .min(1)
              .refine(isUnique, 'List each column once')
              .optional(),
          })
          .optional(),
        scope: scopeSchema,
      }),
      z.strictObject({
        action: z.literal('reversal'),
        parameters: z.strictObject({ job: docId }),
        // Optional: a reversal covers the reversed job's scope unless narrowed.
        scope: scopeSchema.optional(),
      }),
    ],
    { error: () => `Use one of ${BULK_ACTIONS.join(', ')}` },
  )
  .superRefine((input, ctx) => {
    const scope = input.scope
    if (input.action !== 'reversal' && !scope?.buildings?.length && !scope?.apartments?.length) {
      ctx.addIssue({
        code: 'custom',
        message: 'Name at least one building or apartment',
        path: ['scope'],
      })
    }
    if (
      (input.action === 'common-expense-issue' || input.action === 'recurring-expenses') &&
      !scope?.period
    ) {
      ctx.addIssue({
        code: 'custom',
        message: 'Required for this action',
        path: ['scope', 'period'],
      })
    }
  })

/** A job as a caller asks for it, checked (ids are not yet known to exist: the operation looks them up). */
export type BulkJobInput = z.output<typeof inputSchema>

/**
 * Checks a create request: the action, its scope (ids, period) and the action's parameters, with
 * unknown parameters refused so a typo never silently falls back to a default. Every problem is
 * named by its path (`parameters.template`, `scope.period`), ready for a 400.
 */
export const parseBulkJobInput = (
  input: unknown,
): { data: BulkJobInput; errors?: undefined } | { data?: undefined; errors: FieldError[] } => {
  const result = inputSchema.safeParse(input)
  return result.success ? { data: result.data } : { errors: zodFieldErrors(result.error) }
}
