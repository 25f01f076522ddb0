import type { PayloadRequest } from 'payload'

import type { LockedChainHead } from '../../lib/audit/writeAuditEvents'
import { appendNewestPayment } from './appendNewestPayment'
import { rebuildApartmentOpenItems } from './rebuildApartmentOpenItems'

/**
 * The open-items upkeep of a payment just inserted, whichever path inserted it (the system's
 * `recordPayment`, a staff entry through the `payments` collection). The caller has locked the
 * apartment's balance row in an earlier statement of this transaction (`isNewBalance`: it was
 * created by that lock). A payment newer than every other credit, the usual case, continues the
 * FIFO walk in one statement that also takes the office's audit chain head, returned for the
 * payment's audit event; any other payment (back-dated, or the apartment's first balance) gets the
 * apartment's full rebuild.
 */
export const settleNewPayment = async ({
  amount,
  apartmentId,
  isNewBalance,
  office,
  paymentId,
  req,
}: {
  amount: number
  apartmentId: number
  isNewBalance: boolean
  office: number
  paymentId: number
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>
}): Promise<LockedChainHead | undefined> => {
  const appended = isNewBalance
    ? null
    : await appendNewestPayment({ amount, apartmentId, office, paymentId, req })
  if (appended) return appended.auditHead
  await rebuildApartmentOpenItems({ apartmentId, req })
  return undefined
}
