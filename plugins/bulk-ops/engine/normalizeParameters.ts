import type { MoneyLocale } from '../../../src/lib/money/formatMoney'
import type { BulkJobInput } from './bulkJobInput'
import { defaultDueDate } from './defaultDueDate'
import type {
  ChargeIssueParameters,
  ExportParameters,
  ReminderParameters,
  ReversalParameters,
} from './planInput'
import { REMINDER_DEFAULTS } from './reminderTemplate'
import { EXPORT_COLUMNS } from './types'

export type NormalizedParameters =
  ChargeIssueParameters | ExportParameters | ReminderParameters | ReversalParameters

/**
 * A job's parameters with every default written out, so what is stored is what runs (and what
 * the plan hash covers): the due date (10th of the next month), the reminder channel, subject and
 * text in the office's language, all export columns.
 */
export const normalizeParameters = ({
  input,
  locale,
  period,
}: {
  input: BulkJobInput
  locale: MoneyLocale
  period: null | string
}): NormalizedParameters => {
  switch (input.action) {
    case 'common-expense-issue':
    case 'recurring-expenses':
      return { dueDate: input.parameters?.dueDate ?? defaultDueDate(period ?? '') }
    case 'reminders':
      return {
        channel: input.parameters?.channel ?? 'email',
        subject: input.parameters?.subject ?? REMINDER_DEFAULTS[locale].subject,
        template: input.parameters?.template ?? REMINDER_DEFAULTS[locale].template,
      }
    case 'export':
      return { columns: input.parameters?.columns ?? [...EXPORT_COLUMNS] }
    case 'reversal':
      return { job: input.parameters.job }
  }
}
