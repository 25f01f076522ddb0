import { commitTransaction, initTransaction, killTransaction } from 'payload'
import type { PayloadRequest } from 'payload'

import { writeAuditEvent } from '../../lib/audit'
import { executePrepared } from '../../lib/db/executePrepared'
import { dbFor, sql } from '../../lib/db/transaction'
import type { PAYMENT_METHODS, PAYMENT_SOURCES } from '../../../collections/ledger/constants'
import { appendNewestPayment } from './appendNewestPayment'
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
 * The system's write path for a payment (the webhook, imports): one statement that inserts it
 * (checking the apartment belongs to the office) and locks the apartment's balance row, the
 * open-items upkeep (one statement for a payment newer than every other credit, the usual case,
 * which also locks the audit chain; the full rebuild otherwise), and the audit event, all in one
 * transaction: four statements and the commit. Each is a named prepared statement, so the
 * server neither parses nor plans it again. It does what the `payments` collection's hooks do on
 * a Local API create, without the Local API's generic per-field work, so recording a payment
 * stays within a few milliseconds. Staff entering a payment in the admin still go through the
 * collection.
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
  if (!Number.isSafeInteger(payment.amount) || payment.amount <= 0)
    throw new RangeError('amount must be positive whole cents')
  const shouldCommit = await initTransaction(req)
  try {
    const db = await dbFor(req)
    // The payment, and the apartment's balance row created if needed and locked (writers of one
    // apartment queue up here), in one statement; both only if the apartment is the office's.
    const { rows } = await executePrepared<{
      building_id: number
      id: number
      is_new_balance: boolean
    }>(
      db,
      sql`
      with apartment as (
        select id, tenant_id, building_id from apartments where id = ${payment.apartment} and tenant_id = ${payment.office}
      ), locked as (
        insert into apartment_balances (tenant_id, building_id, apartment_id, balance, open_items_count)
        select tenant_id, building_id, id, 0, 0 from apartment
        on conflict (apartment_id) do update set apartment_id = excluded.apartment_id
        returning xmax = 0 as is_new
      ), inserted as (
        insert into payments (tenant_id, building_id, apartment_id, amount, received_at, method, external_reference, source)
        select tenant_id, building_id, id, ${payment.amount}, ${payment.receivedAt}::timestamptz, ${payment.method},
               ${payment.externalReference ?? null}, ${payment.source}
        from apartment
        returning id, building_id
      )
      select inserted.id, inserted.building_id, locked.is_new as is_new_balance from inserted, locked`,
    )
    const created = rows[0]
    if (!created) {
      if (shouldCommit) await killTransaction(req)
      return null
    }
    // A balance row made just now holds no balance yet: only a full rebuild can fill it.
    const appended = created.is_new_balance
      ? null
      : await appendNewestPayment({
          amount: payment.amount,
          apartmentId: payment.apartment,
          office: payment.office,
          paymentId: created.id,
          req,
        })
    if (!appended) await rebuildApartmentOpenItems({ apartmentId: payment.apartment, req })
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
      lockedHead: appended?.auditHead,
      req,
    })
    if (shouldCommit) await commitTransaction(req)
    return { id: created.id }
  } catch (err) {
    if (shouldCommit) await killTransaction(req)
    throw err
  }
}
