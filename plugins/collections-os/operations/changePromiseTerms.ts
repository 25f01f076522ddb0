import type { PayloadRequest } from 'payload'
import type { z } from 'zod'

import type { PromisesToPay } from '../../../payload-types'
import { conflict } from '../../../src/lib/errors/domainError'
import { storedDate } from '../api/schemas/promiseSchemas'
import type { promisePatchBody } from '../api/schemas/promiseSchemas'
import { PROMISES_TO_PAY } from '../constants'
import { storedInstallments } from './promiseTerms'

/** New terms of a promise; only an active one changes them (409 `promise-not-active`). */
export const changePromiseTerms = async ({
  input,
  promise,
  req,
}: {
  input: z.output<typeof promisePatchBody>
  promise: PromisesToPay
  req: PayloadRequest
}) => {
  if (promise.status !== 'active') {
    throw conflict(
      'promise-not-active',
      `Only an active promise changes terms; this one is ${promise.status}`,
    )
  }
  const { dueDate, installments, ...terms } = input
  return req.payload.update({
    collection: PROMISES_TO_PAY,
    data: {
      ...terms,
      ...(dueDate === undefined ? {} : { dueDate: storedDate(dueDate) }),
      ...(installments === undefined ? {} : { installments: storedInstallments(installments) }),
    },
    depth: 0,
    id: promise.id,
    overrideAccess: false,
    req,
  })
}
