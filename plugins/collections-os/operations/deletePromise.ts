import type { PayloadRequest } from 'payload'

import type { PromisesToPay } from '../../../payload-types'
import { conflict } from '../../../src/lib/errors/domainError'
import { PROMISES_TO_PAY } from '../constants'

/**
 * Deletes a promise recorded by mistake. A kept or broken promise decides where escalation
 * resumes (engine/dunningStep): it is history, not deleted (409 `promise-is-history`).
 */
export const deletePromise = async ({
  promise,
  req,
}: {
  promise: PromisesToPay
  req: PayloadRequest
}) => {
  if (promise.status === 'kept' || promise.status === 'broken') {
    throw conflict(
      'promise-is-history',
      `A ${promise.status} promise is history the dunning engine reads; it is not deleted`,
    )
  }
  await req.payload.delete({
    collection: PROMISES_TO_PAY,
    id: promise.id,
    overrideAccess: false,
    req,
  })
}
