import type { ShareCategory } from '../../../collections/fields/shareFields'

/** Why a planned item will not be executed (docs/rfc/bulk-ops.md, "Dry-run"). */
export const ITEM_VALIDATION_CODES = [
  'no-shares',
  'already-issued',
  'no-contact-data',
  'no-expenses',
  'apartment-not-in-scope',
] as const
export type ItemValidationCode = (typeof ITEM_VALIDATION_CODES)[number]

export type ItemValidationError = {
  code: ItemValidationCode
  message: string
  /** The expense (or recurring expense, or original charge) the error is about, when it is about one. */
  ref?: number
}

/** An apartment as every plan reads it: its building, shares, balance and owner's contact data. */
export type PlanApartment = {
  id: number
  buildingId: number
  buildingName: string
  label: string
  shares: Record<ShareCategory, number>
  /** Cents, from the apartment's balance row (0 when it has none yet). */
  balance: number
  openItems: number
  /** `YYYY-MM-DD` in the office's time zone, or null. */
  oldestUnpaidDueDate: null | string
  /** `postalAddress`: where a letter goes (owner, building address), when the building has one. */
  owner: {
    email: null | string
    name: null | string
    phone: null | string
    postalAddress: null | string
  }
  /** The apartment's resident portal user, the recipient of in-app messages. */
  portalUserId: null | number
}

/** An expense of the period, or a recurring expense, as the charge plans split it. */
export type PlanExpense = {
  id: number
  buildingId: number
  categoryId: number
  shareColumn: ShareCategory
  /** Cents: the expense's amount, or a recurring expense's monthly amount. */
  amount: number
  description: string
  updatedAt: string
}

/** A recurring expense with what decides whether it applies to a period. */
export type PlanRecurringExpense = PlanExpense & { active: boolean; activeMonths: string[] }

/** A charge a completed job created, which a reversal offsets. */
export type PlanOriginalCharge = {
  id: number
  apartmentId: number
  buildingId: number
  categoryId: null | number
  amount: number
  period: string
  /** `YYYY-MM-DD` in the office's time zone. */
  dueDate: string
  source: ChargeEffectSource
}

export type ChargeEffectSource = 'common-expense' | 'recurring'

/** One charge an item creates: everything the executor inserts, so execution needs no re-planning. */
export type ChargeLine = {
  amount: number
  category: null | number
  description: string
  /** `YYYY-MM-DD`, office-local; stored at 12:00 in the office's time zone. */
  dueDate: string
  /** The expense or recurring expense split (issues); absent on reversals. */
  expense?: number
  /** The charge offset (reversals). */
  charge?: number
  period: string
  /** The charge's `source_reference`: the effect key the unique index guards. */
  reference: string
  source: ChargeEffectSource
}

/** A message a reminder item sends. */
export type ReminderMessage = {
  body: string
  channel: ReminderChannel
  subject: string
  to: string
}

export const REMINDER_CHANNELS = ['email', 'sms', 'in-app', 'letter'] as const
export type ReminderChannel = (typeof REMINDER_CHANNELS)[number]

export const EXPORT_COLUMNS = [
  'building',
  'apartment',
  'owner',
  'email',
  'phone',
  'balance',
  'open_items',
  'oldest_unpaid_due_date',
] as const
export type ExportColumn = (typeof EXPORT_COLUMNS)[number]
export type ExportRow = Record<ExportColumn, null | number | string>

/** What the dry-run shows for one item (balances in cents; `after = before + sum(lines)`). */
export type ItemPreview = {
  before: number
  after: number
  lines: ChargeLine[]
  /** Lines left out because their effect key exists already (a partly issued period). */
  alreadyIssued?: { reference: string; ref: number }[]
  message?: ReminderMessage
  row?: ExportRow
  /** Why an item without errors is still skipped (nothing to do for it). */
  skipReason?: 'no-balance' | 'zero-amount'
}

export type PlannedItemStatus = 'pending' | 'skipped'

export type PlannedItem = {
  apartmentId: number
  buildingId: number
  status: PlannedItemStatus
  /** Cents this item charges (negative for reversals), or the balance a reminder is about. */
  amount: number
  preview: ItemPreview
  validationErrors: ItemValidationError[]
}

export type EstimatedImpact = {
  items: number
  planned: number
  skipped: number
  validationErrors: number
  /** Cents the planned items charge (negative: credited back). */
  totalCents: number
  byBuilding: { building: number; cents: number; items: number }[]
  byCategory: { category: null | number; cents: number }[]
  messages: number
  rows: number
}

export type BulkPlan = { estimatedImpact: EstimatedImpact; items: PlannedItem[]; planHash: string }

export type JobScope = { apartments: number[]; buildings: number[]; period: null | string }
