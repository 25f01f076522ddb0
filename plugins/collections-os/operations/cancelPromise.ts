import type { PayloadRequest } from 'payload'

import type { PromisesToPay } from '../../../payload-types'
import { conflict } from '../../../src/lib/errors/domainError'
import { PROMISES_TO_PAY } from '../constants'

/**
 * Cancels an active promise. Conditional on `active`, so a promise the system marked kept or
 * broken meanwhile is not overwritten (409 `promise-not-active`).
 */
export const cancelPromise = async ({
  promise,
  req,
}: {
  promise: PromisesToPay
  req: PayloadRequest
}) => {
  const { docs } = await req.payload.update({
    collection: PROMISES_TO_PAY,
    data: { resolvedOn: new Date().toISOString(), status: 'cancelled' },
    depth: 0,
    overrideAccess: false,
    req,
    where: { and: [{ id: { equals: promise.id } }, { status: { equals: 'active' } }] },
  })
  if (docs.length === 0) {
    throw conflict(
      'promise-not-active',
      `Only an active promise is cancelled; this one is ${promise.status}`,
    )
  }
  return docs[0]
}
