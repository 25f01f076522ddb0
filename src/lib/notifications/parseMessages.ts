import { ValidationError } from 'payload'
import { z } from 'zod'

import { docId } from '../api/schemas/requestSchemas'

import { DELIVERIES_SLUG, DELIVERY_CHANNELS } from './constants'
import type { NotificationMessage } from './types'

const id = docId

const messageSchema = z
  .object({
    apartment: id.nullish(),
    body: z.string().trim().min(1).max(20_000),
    building: id.nullish(),
    channel: z.enum(DELIVERY_CHANNELS),
    idempotencyKey: z.string().trim().min(1).max(300),
    subject: z.string().trim().max(300),
    tenant: id,
    to: z.string().trim().min(1).max(320),
  })
  .superRefine((message, ctx) => {
    if (message.channel === 'email' && !/^[^\s@<>]+@[^\s@<>]+$/.test(message.to)) {
      ctx.addIssue({ code: 'custom', message: 'must be an e-mail address', path: ['to'] })
    }
    if (message.channel === 'sms' && !/^\+?[0-9][0-9 ()-]{4,24}$/.test(message.to)) {
      ctx.addIssue({ code: 'custom', message: 'must be a phone number', path: ['to'] })
    }
    if (message.channel === 'in-app' && !message.apartment) {
      ctx.addIssue({
        code: 'custom',
        message: 'is required for in-app messages',
        path: ['apartment'],
      })
    }
    if (['email', 'in-app'].includes(message.channel) && message.subject === '') {
      ctx.addIssue({
        code: 'custom',
        message: `is required for ${message.channel} messages`,
        path: ['subject'],
      })
    }
  })

/**
 * Checks every message before anything is written. A bad batch is refused whole with Payload's
 * `ValidationError` (a 400 naming `messages.<index>.<field>` when it reaches an endpoint).
 */
export const parseMessages = (messages: readonly NotificationMessage[]): NotificationMessage[] => {
  const errors: { message: string; path: string }[] = []
  const parsed = messages.map((message, index) => {
    const result = messageSchema.safeParse(message)
    if (result.success) return result.data
    for (const issue of result.error.issues) {
      errors.push({ message: issue.message, path: ['messages', index, ...issue.path].join('.') })
    }
    return message
  })
  if (errors.length > 0) throw new ValidationError({ collection: DELIVERIES_SLUG, errors })
  return parsed
}
