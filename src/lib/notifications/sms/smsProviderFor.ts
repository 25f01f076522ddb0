import type { Payload } from 'payload'

import type { SmsProviderName } from '../constants'
import { logSmsProvider } from './logSmsProvider'
import type { SmsProvider } from './types'

const providers: Record<SmsProviderName, (args: { payload: Payload }) => SmsProvider> = {
  log: logSmsProvider,
}

/** The SMS provider `SMS_PROVIDER` names. A new gateway is one file and one line here. */
export const smsProviderFor = ({
  name,
  payload,
}: {
  name: SmsProviderName
  payload: Payload
}): SmsProvider => providers[name]({ payload })
