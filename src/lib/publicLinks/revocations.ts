import type { PayloadRequest } from 'payload'

import { dbFor, sql } from '../db/transaction'
import type { PublicLink } from './publicLinkFormat'
import type { PublicLinkPurpose } from './purposes'

type Req = Pick<PayloadRequest, 'payload' | 'transactionID'>

/**
 * Voids every link of `purpose` for this subject of this office issued until now (the apartment
 * changed owner, an invitation was withdrawn); links issued afterwards work. One row per subject,
 * which only moves forward, so revoking twice keeps the later moment. The moment is the app's
 * clock, the one that stamps `issuedAt`, not the database's.
 */
export const revokePublicLinks = async ({
  officeId,
  purpose,
  req,
  subjectId,
}: {
  officeId: number
  purpose: PublicLinkPurpose
  req: Req
  subjectId: number
}): Promise<void> => {
  const db = await dbFor(req)
  await db.execute(sql`
    insert into public_link_revocations (tenant_id, purpose, subject_id, revoked_before)
    values (${officeId}, ${purpose}, ${subjectId}, ${new Date().toISOString()}::timestamptz)
    on conflict (tenant_id, purpose, subject_id) do update
      set revoked_before = greatest(public_link_revocations.revoked_before, excluded.revoked_before)`)
}

/** The moment before which this link's subject's links are void, or null: one primary-key read. */
export const revokedBeforeOf = async ({
  link,
  req,
}: {
  link: PublicLink
  req: Req
}): Promise<Date | null> => {
  const db = await dbFor(req)
  const { rows } = await db.execute<{ revoked_ms: number }>(sql`
    select (extract(epoch from revoked_before) * 1000)::float8 as revoked_ms
      from public_link_revocations
     where tenant_id = ${link.officeId} and purpose = ${link.purpose} and subject_id = ${link.subjectId}`)
  return rows[0] ? new Date(Number(rows[0].revoked_ms)) : null
}
