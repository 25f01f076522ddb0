import type { MoneyLocale } from '../../../src/lib/money/formatMoney'
import type {
  ExportColumn,
  JobScope,
  PlanApartment,
  PlanExpense,
  PlanOriginalCharge,
  PlanRecurringExpense,
  ReminderChannel,
} from './types'

export type ChargeIssueParameters = { dueDate: string }
export type ReminderParameters = { channel: ReminderChannel; subject: string; template: string }
export type ExportParameters = { columns: ExportColumn[] }
export type ReversalParameters = { job: number }

type Base = {
  /** Apartments of the scope, and for charge issues every apartment of the scope's buildings (the split is building-wide). */
  apartments: PlanApartment[]
  scope: JobScope
}

/**
 * Everything one job's plan is computed from, as the operations load it (set-based) and the
 * engine plans and hashes it. Parameters are normalised: defaults are filled in at creation.
 */
export type PlanInput =
  | (Base & {
      action: 'common-expense-issue'
      existingKeys: string[]
      expenses: PlanExpense[]
      parameters: ChargeIssueParameters
    })
  | (Base & {
      action: 'recurring-expenses'
      existingKeys: string[]
      parameters: ChargeIssueParameters
      recurring: PlanRecurringExpense[]
    })
  | (Base & {
      action: 'reminders'
      office: { currency: string; locale: MoneyLocale }
      parameters: ReminderParameters
    })
  | (Base & { action: 'export'; parameters: ExportParameters })
  | (Base & {
      action: 'reversal'
      charges: PlanOriginalCharge[]
      existingKeys: string[]
      parameters: ReversalParameters
    })
