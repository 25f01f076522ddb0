import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '../../access/scopeOf'
import { writeAuditEvent } from '../../lib/audit/writeAuditEvents'

/**
 * Writes the audit event of a ledger write in the same transaction as the write itself (a
 * rollback leaves neither). Runs last among the hooks: the audit chain's per-office lock is
 * held until commit. `req.context.actor` and `req.context.idempotencyKey` name system callers
 * (the payment webhook) and the key that made the write unique.
 */
export const auditLedgerWrite =
  (actions: { create?: string; update?: string }): CollectionAfterChangeHook =>
  async ({ collection, doc, operation, previousDoc, req }) => {
    const action = actions[operation]
    const tenant = idOf(doc.tenant)
    if (!action || req.context.skipAudit || tenant === null) return doc
    await writeAuditEvent({
      event: {
        action,
        actorLabel: typeof req.context.actor === 'string' ? req.context.actor : undefined,
        after: doc,
        before: operation === 'update' ? previousDoc : undefined,
        entityId: doc.id,
        entityType: collection.slug,
        idempotencyKey:
          typeof req.context.idempotencyKey === 'string' ? req.context.idempotencyKey : undefined,
        tenant,
      },
      req,
    })
    return doc
  }
