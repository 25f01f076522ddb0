import type { z } from 'zod'

import type { promiseCreateBody } from '../api/schemas/promiseSchemas'
import { storedDate } from '../api/schemas/promiseSchemas'

type Installment = z.output<typeof promiseCreateBody>['installments']

/** Installments as the collection stores them: each due date at noon UTC. */
export const storedInstallments = (installments: Installment) =>
  installments?.map((installment) => ({
    amount: installment.amount,
    dueDate: storedDate(installment.dueDate),
  }))
