import type { PayloadRequest } from 'payload'
import type { z } from 'zod'

import type { ApiCaller } from '../../../src/lib/api/apiCaller'
import { findVisible } from '../../../src/lib/api/findVisible'
import { invalidField } from '../../../src/lib/errors/domainError'
import { storedDate } from '../api/schemas/promiseSchemas'
import type { promiseCreateBody } from '../api/schemas/promiseSchemas'
import { PROMISES_TO_PAY } from '../constants'
import { storedInstallments } from './promiseTerms'

/**
 * A new active promise to pay for an apartment the caller sees in an office where Collections OS
 * is on ("Apartment not found" otherwise, whether it exists or not), through the collection's
 * access, which also checks the terms.
 */
export const recordPromise = async ({
  caller,
  input,
  req,
}: {
  caller: ApiCaller
  input: z.output<typeof promiseCreateBody>
  req: PayloadRequest
}) => {
  if (!(await findVisible({ caller, collection: 'apartments', id: input.apartment, req }))) {
    throw invalidField('apartment', 'Apartment not found')
  }
  return req.payload.create({
    collection: PROMISES_TO_PAY,
    data: {
      amount: input.amount,
      apartment: input.apartment,
      dueDate: storedDate(input.dueDate),
      graceDays: input.graceDays,
      installments: storedInstallments(input.installments),
      note: input.note,
      status: 'active',
    },
    depth: 0,
    overrideAccess: false,
    req,
  })
}
