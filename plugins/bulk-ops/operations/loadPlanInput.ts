import type { BulkJob, Office } from '../../../payload-types'
import { idOf } from '../../../src/access/scopeOf'
import type { SqlExecutor } from '../../../src/lib/db/transaction'
import { expenseReference, recurringReference, reversalReference } from '../engine/effectKeys'
import type {
  ChargeIssueParameters,
  ExportParameters,
  PlanInput,
  ReminderParameters,
  ReversalParameters,
} from '../engine/planInput'
import { recurringForPeriod } from '../engine/recurringForPeriod'
import { jobScopeOf } from './jobScopeOf'
import { loadExistingEffectKeys } from './loadExistingEffectKeys'
import { loadOriginalCharges } from './loadOriginalCharges'
import { loadPlanApartments } from './loadPlanApartments'
import { loadPeriodExpenses, loadRecurringExpenses } from './loadPlanExpenses'

/**
 * Everything a job's plan is computed from, set-based: the apartments in one statement, then per
 * action the expenses (or recurring expenses, or the reversed job's charges) in one and the
 * effect keys that exist already in one. A few statements per job, whatever its size.
 */
export const loadPlanInput = async ({
  db,
  job,
  office,
}: {
  db: SqlExecutor
  job: BulkJob
  office: Pick<Office, 'currency' | 'id' | 'locale' | 'timezone'>
}): Promise<PlanInput> => {
  const scope = jobScopeOf(job)
  const officeId = office.id
  const apartments = await loadPlanApartments({
    db,
    officeId,
    scope,
    timezone: office.timezone,
    withContacts: job.action === 'reminders' || job.action === 'export',
    withPortalUsers:
      job.action === 'reminders' && (job.parameters as ReminderParameters).channel === 'in-app',
  })
  const apartmentIds = apartments.map((apartment) => apartment.id)
  const buildingIds =
    scope.buildings.length > 0
      ? scope.buildings
      : [...new Set(apartments.map((apartment) => apartment.buildingId))]
  const period = scope.period ?? ''

  switch (job.action) {
    case 'common-expense-issue': {
      const expenses = await loadPeriodExpenses({ buildingIds, db, officeId, period })
      const references = expenses.map((expense) => expenseReference(expense.id))
      const existingKeys = await loadExistingEffectKeys({ apartmentIds, db, officeId, references })
      return {
        action: job.action,
        apartments,
        existingKeys,
        expenses,
        parameters: job.parameters as ChargeIssueParameters,
        scope,
      }
    }
    case 'recurring-expenses': {
      const recurring = await loadRecurringExpenses({ buildingIds, db, officeId })
      const references = recurringForPeriod({ period, recurring }).map((expense) =>
        recurringReference(expense.id, period),
      )
      const existingKeys = await loadExistingEffectKeys({ apartmentIds, db, officeId, references })
      return {
        action: job.action,
        apartments,
        existingKeys,
        parameters: job.parameters as ChargeIssueParameters,
        recurring,
        scope,
      }
    }
    case 'reminders':
      return {
        action: job.action,
        apartments,
        office: { currency: office.currency, locale: office.locale },
        parameters: job.parameters as ReminderParameters,
        scope,
      }
    case 'export':
      return {
        action: job.action,
        apartments,
        parameters: job.parameters as ExportParameters,
        scope,
      }
    case 'reversal': {
      const charges = await loadOriginalCharges({
        db,
        jobId: idOf(job.reverses) ?? 0,
        officeId,
        timezone: office.timezone,
      })
      const existingKeys = await loadExistingEffectKeys({
        apartmentIds,
        db,
        officeId,
        references: charges.map((charge) => reversalReference(charge.id)),
      })
      return {
        action: job.action,
        apartments,
        charges,
        existingKeys,
        parameters: job.parameters as ReversalParameters,
        scope,
      }
    }
  }
}
