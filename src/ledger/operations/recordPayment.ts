import type { PayloadRequest } from 'payload'

import { executePrepared } from '../../lib/db/executePrepared'
import { inTransaction } from '../../lib/db/inTransaction'
import { sql } from '../../lib/db/transaction'
import type { PAYMENT_METHODS, PAYMENT_SOURCES } from '../../../collections/ledger/constants'
import { paymentFacts, recordLedgerFacts } from './ledgerFacts'
import { settleNewPayment } from './settleNewPayment'

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
 * open-items upkeep (`settleNewPayment`: one statement for a payment newer than every other
 * credit, the usual case, which also locks the audit chain), then the payment's facts
 * (`paymentFacts`: the `payment.recorded` audit event and domain event), all in `req`'s
 * transaction. Each statement is a named prepared one, so the server neither parses nor plans it
 * again. Staff entering a payment in the admin go through the `payments` collection, whose hook
 * runs the same upkeep and records the same facts. Null, writing nothing, for an apartment that is
 * not the office's.
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
  return inTransaction(req, async (db) => {
    // The payment, and the apartment's balance row created if needed and locked (writers of one
    // apartment queue up here), in one statement; both only if the apartment is the office's.
    const { rows } = await executePrepared<{
      building_id: number
      id: number
      is_new_balance: boolean
      received_at: string
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
        returning id, building_id, received_at
      )
      select inserted.id, inserted.building_id, locked.is_new as is_new_balance,
             to_char(inserted.received_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as received_at
        from inserted, locked`,
    )
    const created = rows[0]
    if (!created) return null
    const lockedHead = await settleNewPayment({
      amount: payment.amount,
      apartmentId: payment.apartment,
      isNewBalance: created.is_new_balance,
      office: payment.office,
      paymentId: created.id,
      req,
    })
    const fact = {
      id: created.id,
      amount: payment.amount,
      apartment: payment.apartment,
      building: created.building_id,
      externalReference: payment.externalReference ?? null,
      method: payment.method,
      receivedAt: created.received_at,
      source: payment.source,
      tenant: payment.office,
    }
    const actor = typeof req.context.actor === 'string' ? req.context.actor : undefined
    await recordLedgerFacts({
      facts: paymentFacts([fact], { actor, idempotencyKey }),
      lockedHead,
      req,
    })
    return { id: created.id }
  })
}
