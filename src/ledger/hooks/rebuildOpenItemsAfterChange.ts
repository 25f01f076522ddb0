import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '../../access/scopeOf'
import { dbFor, sql } from '../../lib/db/transaction'
import { rebuildApartmentOpenItems } from '../operations/rebuildApartmentOpenItems'

/**
 * Keeps open items exact at write time: after a charge or payment is created, its apartment's
 * allocations, open amounts and balance are re-derived in the same transaction. Bulk writers
 * that insert many rows set `req.context.skipOpenItems` and rebuild once for all apartments.
 */
export const rebuildOpenItemsAfterChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create' || req.context.skipOpenItems) return doc
  const apartmentId = idOf(doc.apartment)
  if (apartmentId === null) return doc
  await rebuildApartmentOpenItems({ apartmentId, req })
  if (collection.slug !== 'charges') return doc
  // The response shows what is still open after allocation, not the pre-allocation default.
  const db = await dbFor(req)
  const { rows } = await db.execute<{ open_amount: string }>(
    sql`select open_amount from charges where id = ${doc.id}`,
  )
  return { ...doc, openAmount: Number(rows[0]?.open_amount ?? 0) }
}
