import { z } from 'zod'

import { PAYMENT_METHODS } from '../../../collections/ledger/constants'

/** The body of a `payment.received` webhook event (amounts in integer cents). */
export const paymentEvent = z.object({
  amount: z.number().int().positive().max(1_000_000_000_00),
  apartmentReference: z.string().trim().min(1).max(100),
  currency: z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter ISO 4217 code'),
  eventId: z.string().trim().min(1).max(200),
  method: z.enum(PAYMENT_METHODS).default('bank-transfer'),
  receivedAt: z.iso.datetime({ offset: true }),
  reference: z.string().trim().min(1).max(200),
  type: z.literal('payment.received'),
})

export type PaymentEvent = z.output<typeof paymentEvent>
