/** Ledger vocabularies shared by the collections, the webhook and the seed. */
export const CHARGE_SOURCES = ['common-expense', 'recurring', 'penalty', 'manual'] as const
export const PAYMENT_METHODS = ['bank-transfer', 'card', 'cash', 'direct-debit'] as const
export const PAYMENT_SOURCES = ['manual', 'webhook', 'import'] as const
