/** One SMS: a phone number (E.164 where the provider wants it) and plain text. */
export type SmsMessage = { body: string; to: string }

/**
 * What an SMS gateway must offer. `providerId` is the gateway's id of the message, kept on the
 * delivery so a delivery receipt can find it. A rejected or failed send throws.
 */
export type SmsProvider = {
  name: string
  send: (message: SmsMessage) => Promise<{ providerId: string }>
}
