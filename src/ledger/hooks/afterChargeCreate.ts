import type { CollectionAfterChangeHook } from 'payload'

import type { Charge } from '../../../payload-types'
import { idOf } from '../../access/scopeOf'
import { dbFor, sql } from '../../lib/db/transaction'
import { chargeFacts, recordLedgerFacts } from '../operations/ledgerFacts'
import { rebuildApartmentOpenItems } from '../operations/rebuildApartmentOpenItems'
import { factContextOf } from './factContextOf'

/**
 * What follows a charge (or credit note) created through the Local API, in the same transaction:
 * its apartment's open items re-derived (the answer shows what is still open after allocation),
 * then its facts (`chargeFacts`: audit event and domain event, the shapes the system path writes
 * too). Tests that write many rows set `req.context.skipOpenItems` and rebuild once, and
 * `req.context.skipAudit` to record no facts.
 */
export const afterChargeCreate: CollectionAfterChangeHook<Charge> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create') return doc
  const apartment = idOf(doc.apartment)
  const tenant = idOf(doc.tenant)
  if (apartment === null || tenant === null) return doc
  let openAmount = doc.openAmount
  if (!req.context.skipOpenItems) {
    await rebuildApartmentOpenItems({ apartmentId: apartment, req })
    const db = await dbFor(req)
    const { rows } = await db.execute<{ open_amount: string }>(
      sql`select open_amount from charges where id = ${doc.id}`,
    )
    openAmount = Number(rows[0]?.open_amount ?? 0)
  }
  if (!req.context.skipAudit) {
    const fact = {
      id: doc.id,
      amount: doc.amount,
      apartment,
      building: idOf(doc.building) as number,
      category: idOf(doc.category),
      description: doc.description ?? null,
      dueDate: new Date(doc.dueDate).toISOString(),
      origin: null,
      period: doc.period ?? null,
      reference: doc.source === 'manual' ? null : (doc.sourceReference ?? null),
      source: doc.source,
      tenant,
    }
    await recordLedgerFacts({ facts: chargeFacts([fact], factContextOf(req)), req })
  }
  return { ...doc, openAmount }
}
