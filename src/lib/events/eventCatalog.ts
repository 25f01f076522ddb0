/**
 * Every domain event the product emits and the payload it carries: the contract between the code
 * that emits (`emitDomainEvents`) and the listeners that react (`defineListener`), in one place.
 * A payload only grows: add optional fields, never rename or remove one, because events already in
 * the outbox (and listeners of other plugins) read the old shape. Amounts are integer cents;
 * dates are ISO 8601 (`dueDate` an office calendar day, `receivedAt` an instant in UTC).
 */

/** Why an automation made a ledger row: its own record (a bulk job item, a dunning event). */
export type LedgerOrigin = { id: number | string; type: string }

/** A charge an apartment owes, issued by the system (a bulk issue, a late fee) or by staff. */
export type ChargeIssued = {
  amount: number
  apartmentId: number
  buildingId: number
  chargeId: number
  dueDate: string
  origin: LedgerOrigin | null
  period: null | string
  /** The system key (`source_reference`) that made it unique; null for manual charges. */
  reference: null | string
  source: string
}

/** A credit note: a negative charge; `amount` is what it credits, positive. */
export type CreditNoteIssued = ChargeIssued

/** Money an apartment paid, recorded by the webhook, an import or staff. */
export type PaymentRecorded = {
  amount: number
  apartmentId: number
  buildingId: number
  externalReference: null | string
  method: string
  paymentId: number
  receivedAt: string
  source: string
}

export type DomainEvents = {
  'charge.issued': ChargeIssued
  'credit-note.issued': CreditNoteIssued
  'payment.recorded': PaymentRecorded
}

export type DomainEventType = keyof DomainEvents

/** An event as the outbox stores it and a listener receives it. */
export type DomainEvent<T extends DomainEventType = DomainEventType> = {
  [K in T]: {
    id: number
    createdAt: string
    data: DomainEvents[K]
    /** The office it happened in. */
    tenant: null | number
    /** The trace of the request or job that emitted it; the listener runs under it. */
    traceId: null | string
    type: K
  }
}[T]

/** An event to emit: its type, office and payload; the outbox adds id, time and trace. */
export type DomainEventInput<T extends DomainEventType = DomainEventType> = {
  [K in T]: { data: DomainEvents[K]; tenant: number; type: K }
}[T]
