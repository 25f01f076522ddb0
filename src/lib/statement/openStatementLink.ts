import type { Payload } from 'payload'

import { dbFor, sql } from '../db/transaction'
import { checkPublicLink } from '../publicLinks/checkPublicLink'
import type { PublicLinkCheck } from '../publicLinks/checkPublicLink'

export type StatementLinkOpening =
  | { apartmentId: number; ok: true }
  | {
      ok: false
      /** `unknown-apartment`: no such apartment; `wrong-office`: not the signed office's. */
      reason:
        'unknown-apartment' | 'wrong-office' | Extract<PublicLinkCheck, { ok: false }>['reason']
    }

/**
 * The apartment a statement link opens: a valid `statement` token (`checkPublicLink`) whose
 * office owns the apartment today. The office check is strict so that a token signed for one
 * office can never show another office's apartment, whatever id it carries. The page answers
 * every refusal with the same 404.
 */
export const openStatementLink = async ({
  payload,
  token,
}: {
  payload: Payload
  token: unknown
}): Promise<StatementLinkOpening> => {
  const req = { payload, transactionID: undefined }
  const checked = await checkPublicLink({ purpose: 'statement', req, token })
  if (!checked.ok) return checked
  const { officeId, subjectId } = checked.link
  const db = await dbFor(req)
  const { rows } = await db.execute<{ tenant_id: null | number }>(
    sql`select tenant_id from apartments where id = ${subjectId}`,
  )
  if (!rows[0]) return { ok: false, reason: 'unknown-apartment' }
  if (rows[0].tenant_id !== officeId) return { ok: false, reason: 'wrong-office' }
  return { apartmentId: subjectId, ok: true }
}
