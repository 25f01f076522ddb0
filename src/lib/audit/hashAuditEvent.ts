import { createHash } from 'node:crypto'

import { canonicalJsonOfJson } from '../json/canonicalJson'
import type { AuditEventContent } from './types'

/**
 * The chain link: sha256 (hex) of the previous event's hash followed by the canonical JSON of
 * this event's content (JSON already: stored as it is hashed). Changing any content field, the
 * order, or the previous hash changes it.
 * `actor` (the users relation) is not covered: the foreign key nulls it when a user is deleted;
 * `actorLabel` (the user's e-mail) records who it was.
 */
export const hashAuditEvent = ({
  content,
  prevHash,
}: {
  content: AuditEventContent
  prevHash: string
}): string =>
  createHash('sha256')
    .update(prevHash + canonicalJsonOfJson(content))
    .digest('hex')
