import type { PayloadRequest } from 'payload'

import { dbFor, sql } from '../../lib/db/transaction'

/**
 * Creates an apartment's balance row if it has none and locks it for the rest of the transaction
 * (an upsert's update takes the row lock): every ledger writer of one apartment queues up here, so
 * two writes never interleave their allocations. `isNew` says the row was made just now (it holds
 * no balance yet: only a full rebuild can fill it). Null for an unknown apartment.
 */
export const lockBalanceRow = async ({
  apartmentId,
  req,
}: {
  apartmentId: number
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>
}): Promise<null | { isNew: boolean; tenantId: number }> => {
  const db = await dbFor(req)
  const { rows } = await db.execute<{ is_new: boolean; tenant_id: number }>(sql`
    insert into apartment_balances (tenant_id, building_id, apartment_id, balance, open_items_count)
    select tenant_id, building_id, id, 0, 0 from apartments where id = ${apartmentId}
    on conflict (apartment_id) do update set apartment_id = excluded.apartment_id
    returning tenant_id, xmax = 0 as is_new`)
  return rows[0] ? { isNew: rows[0].is_new, tenantId: rows[0].tenant_id } : null
}
