import type { PayloadRequest } from 'payload'

import { writeAuditEvents } from '../../lib/audit/writeAuditEvents'
import type { AuditEventInput } from '../../lib/audit/types'
import type { LockedChainHead } from '../../lib/audit/writeAuditEvents'
import { emitDomainEvents } from '../../lib/events/emitDomainEvents'
import type { DomainEventInput, LedgerOrigin } from '../../lib/events/eventCatalog'

/**
 * The one shape of each ledger fact, whichever path wrote the row (a Local API create by staff,
 * the SQL of the system paths): the audit event (`charge.created`, `credit-note.created`,
 * `payment.recorded`) and the domain event (`charge.issued`, `credit-note.issued`,
 * `payment.recorded`). A new side effect of a fact is added here, once.
 */

/** A charge row as it was written: amount signed (a credit note is negative). */
export type ChargeFact = {
  id: number
  amount: number
  apartment: number
  building: number
  category: null | number
  description: null | string
  /** ISO 8601 instant, as stored. */
  dueDate: string
  origin: LedgerOrigin | null
  period: null | string
  reference: null | string
  source: string
  tenant: number
}

export type PaymentFact = {
  id: number
  amount: number
  apartment: number
  building: number
  externalReference: null | string
  method: string
  /** ISO 8601 instant. */
  receivedAt: string
  source: string
  tenant: number
}

/** Who and which key the audit trail names for a write: a system label, or the user on `req`. */
export type FactContext = { actor?: string; idempotencyKey?: string }

type Facts = { audits: AuditEventInput[]; events: DomainEventInput[] }

const isCreditNote = (charge: ChargeFact) => charge.amount < 0

/** The audit and domain events of charges and credit notes just written. */
export const chargeFacts = (charges: readonly ChargeFact[], context: FactContext = {}): Facts => ({
  audits: charges.map((charge) => ({
    action: isCreditNote(charge) ? 'credit-note.created' : 'charge.created',
    actorLabel: context.actor,
    after: {
      amount: charge.amount,
      apartment: charge.apartment,
      building: charge.building,
      category: charge.category,
      description: charge.description,
      dueDate: charge.dueDate,
      origin: charge.origin,
      period: charge.period,
      source: charge.source,
      sourceReference: charge.reference,
    },
    entityId: charge.id,
    entityType: 'charges',
    idempotencyKey: charge.reference ?? context.idempotencyKey,
    tenant: charge.tenant,
  })),
  events: charges.map((charge) => ({
    data: {
      amount: Math.abs(charge.amount),
      apartmentId: charge.apartment,
      buildingId: charge.building,
      chargeId: charge.id,
      dueDate: charge.dueDate,
      origin: charge.origin,
      period: charge.period,
      reference: charge.reference,
      source: charge.source,
    },
    tenant: charge.tenant,
    type: isCreditNote(charge) ? 'credit-note.issued' : 'charge.issued',
  })),
})

/** The audit and domain events of payments just recorded. */
export const paymentFacts = (
  payments: readonly PaymentFact[],
  context: FactContext = {},
): Facts => ({
  audits: payments.map((payment) => ({
    action: 'payment.recorded',
    actorLabel: context.actor,
    after: {
      amount: payment.amount,
      apartment: payment.apartment,
      building: payment.building,
      externalReference: payment.externalReference,
      method: payment.method,
      receivedAt: payment.receivedAt,
      source: payment.source,
    },
    entityId: payment.id,
    entityType: 'payments',
    idempotencyKey: context.idempotencyKey,
    tenant: payment.tenant,
  })),
  events: payments.map((payment) => ({
    data: {
      amount: payment.amount,
      apartmentId: payment.apartment,
      buildingId: payment.building,
      externalReference: payment.externalReference,
      method: payment.method,
      paymentId: payment.id,
      receivedAt: payment.receivedAt,
      source: payment.source,
    },
    tenant: payment.tenant,
    type: 'payment.recorded',
  })),
})

/**
 * Writes facts in `req`'s transaction: the domain events into the outbox, then the audit events,
 * last, because the audit chain's lock is held from there to the commit (`lockedHead`: the caller
 * took it already, in a statement of its own).
 */
export const recordLedgerFacts = async ({
  facts,
  lockedHead,
  req,
}: {
  facts: Facts
  lockedHead?: LockedChainHead
  req: PayloadRequest
}): Promise<void> => {
  await emitDomainEvents({ events: facts.events, req })
  await writeAuditEvents({ events: facts.audits, lockedHead, req })
}
