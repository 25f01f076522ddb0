import type { PayloadRequest } from 'payload'

import { revokePublicLinks } from '../publicLinks/revocations'

/**
 * Voids every statement link of an apartment issued until now, e.g. when it changes owner: the
 * previous owner's reminders stop opening the new owner's statement. Links issued afterwards
 * work. In `req`'s transaction.
 */
export const revokeStatementLinks = ({
  apartmentId,
  officeId,
  req,
}: {
  apartmentId: number
  officeId: number
  req: Pick<PayloadRequest, 'payload' | 'transactionID'>
}): Promise<void> =>
  revokePublicLinks({ officeId, purpose: 'statement', req, subjectId: apartmentId })
