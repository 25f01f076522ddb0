import type { RequestFingerprint, StoredKey } from './keyStore'

export type ExistingKeyOutcome = 'conflict' | 'in-flight' | 'replay' | 'take-over'

/**
 * What a request does with a key its office already holds: a key belongs to one request (same
 * caller, method, path and body) and anything else reusing it is a conflict (422); the same
 * request gets the stored response, or waits while the first is in flight (409), unless the first
 * one's lease ran out (a crashed instance) and this one takes it over.
 */
export const existingKeyOutcome = ({
  fingerprint,
  stored,
}: {
  fingerprint: RequestFingerprint
  stored: Pick<StoredKey, 'isLeaseExpired' | 'status'> & RequestFingerprint
}): ExistingKeyOutcome => {
  const isSameRequest =
    stored.actor === fingerprint.actor &&
    stored.method === fingerprint.method &&
    stored.path === fingerprint.path &&
    stored.requestHash === fingerprint.requestHash
  if (!isSameRequest) return 'conflict'
  if (stored.status === 'completed') return 'replay'
  return stored.isLeaseExpired ? 'take-over' : 'in-flight'
}
