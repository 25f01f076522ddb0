import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { writeAuditEvent } from '../../lib/audit'
import { dbFor, sql } from '../../lib/db/transaction'
import type { PAYMENT_METHODS, PAYMENT_SOURCES } from '../../../collections/ledger/constants'
import { rebuildApartmentOpenItems } from './rebuildApartmentOpenItems'

export type PaymentInput = {
  amount: number
  apartment: number
  externalReference?: null | string
  method: (typeof PAYMENT_METHODS)[number]
  office: number
  receivedAt: string
  source: (typeof PAYMENT_SOURCES)[number]
}

/**
 * The system's write path for a payment (the webhook, imports): one insert that also checks the
 * apartment belongs to the office, the apartment's open-items upkeep, and the audit event, all in
 * one transaction. It does what the `payments` collection's hooks do on a Local API create,
 * without the Local API's generic per-field work, so recording a payment stays within a few
 * milliseconds. Staff entering a payment in the admin still go through the collection.
 */
export const recordPayment = async ({
  idempotencyKey,
  payment,
  req,
}: {
  idempotencyKey?: string
  payment: PaymentInput
  req: PayloadRequest
}): Promise<{ id: number } | null> => {
  if (!Number.isSafeInteger(payment.amount) || payment.amount <= 0) throw new RangeError('amount must be positive whole cents')
  const shouldCommit = await initTransaction(req)
  try {
    const db = await dbFor(req)
    const { rows } = await db.execute<{ building_id: number; id: number }>(sql`
      insert into payments (tenant_id, building_id, apartment_id, amount, received_at, method, external_reference, source)
      select a.tenant_id, a.building_id, a.id, ${payment.amount}, ${payment.receivedAt}::timestamptz, ${payment.method},
             ${payment.externalReference ?? null}, ${payment.source}
      from apartments a where a.id = ${payment.apartment} and a.tenant_id = ${payment.office}
      returning id, building_id`)
    const created = rows[0]
    if (!created) {
      if (shouldCommit) await killTransaction(req)
      return null
    }
    await rebuildApartmentOpenItems({ apartmentId: payment.apartment, req })
    await writeAuditEvent({
      event: {
        action: 'payment.recorded',
        actorLabel: typeof req.context.actor === 'string' ? req.context.actor : undefined,
        after: { ...payment, building: created.building_id, id: created.id },
        entityId: created.id,
        entityType: 'payments',
        idempotencyKey,
        tenant: payment.office,
      },
      req,
    })
    if (shouldCommit) await commitTransaction(req)
    return { id: created.id }
  } catch (err) {
    if (shouldCommit) await killTransaction(req)
    throw err
  }
}
