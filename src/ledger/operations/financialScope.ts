import type { PayloadRequest } from 'payload'

import { scopeOf } from '../../access/scopeOf'
import type { ScopedUser } from '../../access/scopeOf'
import { DomainError, forbidden, invalidField, notFound } from '../../lib/errors/domainError'

export type FinancialScope = {
  /** Buildings to include; null means every building of the office. */
  buildingIds: null | number[]
  currency: string
  officeId: number
  timezone: string
}

/** What every financial read takes: the day it is computed for, the request, the resolved scope. */
export type FinancialRead = { asOf: string; req: PayloadRequest; scope: FinancialScope }

const FINANCIAL_READERS = ['platform-admin', 'office-admin', 'accountant', 'manager']

/**
 * Which office and buildings a financial request may see. Office admins and accountants see their
 * office; managers only their assigned buildings; residents and vendors nothing. A user with
 * several offices (or a platform admin) names one with `?office=`. An office or building outside
 * the user's scope answers 404, exactly like one that does not exist. Refusals are thrown as
 * `DomainError`s (401, 403, 400 naming `office`, 404).
 */
export const resolveFinancialScope = async ({
  building,
  office,
  req,
}: {
  building?: number
  office?: number
  req: PayloadRequest
}): Promise<FinancialScope> => {
  const user = req.user as ScopedUser | null
  if (!user)
    throw new DomainError({ kind: 'unauthenticated', message: 'Log in to see financial data' })
  const scope = scopeOf(user)
  if (!FINANCIAL_READERS.includes(String(scope.role)))
    throw forbidden('Financial data is for office staff')

  const isPlatform = scope.role === 'platform-admin'
  let officeId = office
  if (officeId === undefined) {
    if (!isPlatform && scope.officeIds.length === 1) officeId = scope.officeIds[0]
    else throw invalidField('office', 'Name the office with ?office=<id>')
  }
  if (!isPlatform && !scope.officeIds.includes(officeId)) throw notFound('Office not found')

  const found = await req.payload.find({
    collection: 'offices',
    depth: 0,
    limit: 1,
    pagination: false,
    req,
    select: { currency: true, timezone: true },
    where: { id: { equals: officeId } },
  })
  const officeDoc = found.docs[0]
  if (!officeDoc) throw notFound('Office not found')

  let buildingIds: null | number[] = scope.role === 'manager' ? scope.buildingIds : null
  if (building !== undefined) {
    const visible = await req.payload.find({
      collection: 'buildings',
      depth: 0,
      limit: 1,
      overrideAccess: false,
      pagination: false,
      req,
      user,
      where: { and: [{ id: { equals: building } }, { tenant: { equals: officeId } }] },
    })
    if (visible.docs.length === 0) throw notFound('Building not found')
    buildingIds = [building]
  }
  return { buildingIds, currency: officeDoc.currency, officeId, timezone: officeDoc.timezone }
}
