import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import type { SmsProvider } from './types'

/**
 * The default SMS provider: writes each message to the log and sends nothing. For development,
 * tests and offices without a gateway yet; the delivery still records a provider id.
 */
export const logSmsProvider = ({ payload }: { payload: Payload }): SmsProvider => ({
  name: 'log',
  send: async ({ body, to }) => {
    const providerId = `log-${randomUUID()}`
    payload.logger.info({ body, msg: 'sms (log provider, not sent)', providerId, to })
    return { providerId }
  },
})
