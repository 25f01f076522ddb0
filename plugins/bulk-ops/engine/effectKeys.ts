/**
 * The natural keys of what jobs create. Charge keys are `source_reference`s under the unique index
 * `charges_system_key_idx` (apartment, source, reference): a replayed batch, a concurrent worker
 * or a second job over the same period cannot create the same charge twice.
 */
export const expenseReference = (expenseId: number): string => `expense:${expenseId}`

export const recurringReference = (recurringExpenseId: number, period: string): string =>
  `recurring:${recurringExpenseId}:${period}`

export const reversalReference = (chargeId: number): string => `reversal:${chargeId}`

/** A reminder's delivery key (unique across deliveries). */
export const reminderDeliveryKey = (jobId: number, apartmentId: number): string =>
  `bulk:${jobId}:${apartmentId}`

/** An item's own key, unique across items: one item per job and apartment. */
export const itemKey = (jobId: number, apartmentId: number): string => `${jobId}:${apartmentId}`

/** How plans look up an existing effect: one string per (apartment, reference). */
export const effectKey = (apartmentId: number, reference: string): string =>
  `${apartmentId}|${reference}`
