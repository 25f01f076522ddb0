import type { Payload, PayloadRequest } from 'payload'

import { dbFor, sql } from '../db/transaction'
import type { PublicLink } from './publicLinkFormat'

/**
 * Records the first use of a one-time link and says whether this was it. In the caller's
 * transaction, so the use counts only if what it did commits (an invitation accepted), and a
 * second request racing the first waits on the row and then finds it.
 */
export const claimPublicLinkUse = async ({
  link,
  req,
}: {
  link: PublicLink
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>
}): Promise<boolean> => {
  const db = await dbFor(req)
  const { rows } = await db.execute(sql`
    insert into public_link_uses (link_id, purpose, tenant_id, expires_at)
    values (${link.linkId}, ${link.purpose}, ${link.officeId}, to_timestamp(${link.expiresAt}))
    on conflict (link_id) do nothing
    returning link_id`)
  return rows.length === 1
}

/**
 * Deletes the use records of links that have expired: an expired token is refused before its
 * use is looked up, so its record can no longer matter. Returns how many. Not scheduled yet; a
 * daily task can call it once one-time links are issued.
 */
export const prunePublicLinkUses = async ({ payload }: { payload: Payload }): Promise<number> => {
  const db = await dbFor({ payload, transactionID: undefined })
  const { rows } = await db.execute<{ count: string }>(sql`
    with gone as (delete from public_link_uses where expires_at < now() returning 1)
    select count(*)::text as count from gone`)
  return Number(rows[0]?.count ?? 0)
}
