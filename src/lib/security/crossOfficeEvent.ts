import type { CollectionSlug, Payload } from 'payload'

import { scopeOf } from '../../access/scopeOf'
import type { ScopedUser } from '../../access/scopeOf'
import { isRowId, rowIdOfText } from '../db/rowId'
import { tenantScopedSlugsOf } from '../tenancy/registerTenantScoped'
import type { SecurityEventInput } from './securityEventRows'

const idOf = (id: unknown): null | number =>
  typeof id === 'number'
    ? isRowId(id)
      ? id
      : null
    : typeof id === 'string'
      ? rowIdOfText(id)
      : null

/** The office a row belongs to (an office is its own), or null when there is no such row. */
const officeOfRow = async (payload: Payload, slug: string, id: number): Promise<null | number> => {
  const row = (await payload.db.findOne({
    collection: slug as CollectionSlug,
    select: slug === 'offices' ? { id: true } : { tenant: true },
    where: { id: { equals: id } },
  })) as null | { id: number; tenant?: null | number | { id: number } }
  if (!row) return null
  if (slug === 'offices') return row.id
  const tenant = row.tenant
  return typeof tenant === 'object' && tenant !== null ? tenant.id : (tenant ?? null)
}

/**
 * The `cross-office` event of a 404, if it was one: a signed-in user who is not a platform admin
 * asked for a row by id (never a list) of an office-owned collection, and the row exists in an
 * office the user is not a member of. One lookup by primary key, without the failed request's
 * transaction; never throws. A row of the user's own offices (a manager outside their buildings) or no row at
 * all is no event: only another office's existing id says someone is probing.
 */
export const crossOfficeEvent = async ({
  detail,
  id,
  payload,
  slug,
  user,
}: {
  detail?: Record<string, string>
  id: unknown
  payload: Payload
  slug: string | undefined
  user: null | ScopedUser | undefined
}): Promise<SecurityEventInput | null> => {
  const scope = scopeOf(user)
  if (!user || scope.role === null || scope.role === 'platform-admin' || !slug) return null
  if (slug !== 'offices' && !tenantScopedSlugsOf(payload.config).includes(slug)) return null
  const rowId = idOf(id)
  if (rowId === null) return null
  let office: null | number
  try {
    office = await officeOfRow(payload, slug, rowId)
  } catch (error) {
    // The 404 stands either way; a failed lookup only loses the event.
    payload.logger.error({ err: error, msg: 'cross-office lookup failed' })
    return null
  }
  if (office === null || scope.officeIds.includes(office)) return null
  return {
    detail: { ...detail, collection: slug, id: rowId },
    kind: 'cross-office',
    officeId: office,
    userId: Number(user.id),
  }
}
