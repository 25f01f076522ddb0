import { Allocations } from './Allocations'
import { ApartmentBalances } from './ApartmentBalances'
import { Charges } from './Charges'
import { Documents } from './Documents'
import { ExpenseCategories } from './ExpenseCategories'
import { Expenses } from './Expenses'
import { PaymentWebhookEvents } from './PaymentWebhookEvents'
import { Payments } from './Payments'
import { RecurringExpenses } from './RecurringExpenses'
import { UnmatchedPayments } from './UnmatchedPayments'

/** The money ledger: expenses become charges; payments settle charges FIFO. */
export const ledgerCollections = [
  ExpenseCategories,
  Expenses,
  RecurringExpenses,
  Charges,
  Payments,
  UnmatchedPayments,
  PaymentWebhookEvents,
  ApartmentBalances,
  Allocations,
  Documents,
]

export const ledgerTenantScopedSlugs = [
  'expense-categories',
  'expenses',
  'recurring-expenses',
  'charges',
  'payments',
  'unmatched-payments',
  'payment-webhook-events',
  'apartment-balances',
  'allocations',
  'documents',
] as const
