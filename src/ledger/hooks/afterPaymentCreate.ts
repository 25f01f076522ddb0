import type { CollectionAfterChangeHook } from 'payload'

import type { Payment } from '../../../payload-types'
import { idOf } from '../../access/scopeOf'
import { lockBalanceRow } from '../operations/lockBalanceRow'
import { paymentFacts, recordLedgerFacts } from '../operations/ledgerFacts'
import { settleNewPayment } from '../operations/settleNewPayment'
import { factContextOf } from './factContextOf'

/**
 * What follows a payment created through the Local API (staff entry in the admin), in the same
 * transaction, exactly as on the system path (`recordPayment`): the apartment's balance row
 * locked, the open-items upkeep (`settleNewPayment`), then the payment's facts (`paymentFacts`).
 * `req.context.skipOpenItems` and `req.context.skipAudit` are for tests that write many rows.
 */
export const afterPaymentCreate: CollectionAfterChangeHook<Payment> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create') return doc
  const apartment = idOf(doc.apartment)
  const tenant = idOf(doc.tenant)
  if (apartment === null || tenant === null) return doc
  let lockedHead
  if (!req.context.skipOpenItems) {
    const locked = await lockBalanceRow({ apartmentId: apartment, req })
    lockedHead = await settleNewPayment({
      amount: doc.amount,
      apartmentId: apartment,
      isNewBalance: locked?.isNew ?? true,
      office: tenant,
      paymentId: doc.id,
      req,
    })
  }
  if (!req.context.skipAudit) {
    const fact = {
      id: doc.id,
      amount: doc.amount,
      apartment,
      building: idOf(doc.building) as number,
      externalReference: doc.externalReference ?? null,
      method: doc.method,
      receivedAt: new Date(doc.receivedAt).toISOString(),
      source: doc.source,
      tenant,
    }
    await recordLedgerFacts({ facts: paymentFacts([fact], factContextOf(req)), lockedHead, req })
  }
  return doc
}
