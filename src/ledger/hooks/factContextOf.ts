import type { PayloadRequest } from 'payload'

import type { FactContext } from '../operations/ledgerFacts'

/**
 * Who and which key a Local API write's facts name: `req.context.actor` and
 * `req.context.idempotencyKey` for system callers (the webhook), else the user on `req`.
 */
export const factContextOf = (req: PayloadRequest): FactContext => ({
  actor: typeof req.context.actor === 'string' ? req.context.actor : undefined,
  idempotencyKey:
    typeof req.context.idempotencyKey === 'string' ? req.context.idempotencyKey : undefined,
})
