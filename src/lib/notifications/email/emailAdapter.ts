import { randomUUID } from 'node:crypto'
import path from 'node:path'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type SMTPPool from 'nodemailer/lib/smtp-pool'
import type { EmailAdapter } from 'payload'

import { EMAIL_CONNECTIONS } from '../constants'
import { composeTextMessage } from './composeTextMessage'
import { captureTransport } from './captureTransport'
import { connectWithoutDelay } from './connectWithoutDelay'
import { parseEmailFrom } from './parseEmailFrom'

/** Where development keeps the e-mail it would have sent, relative to the working directory. */
const MAIL_CAPTURE_DIR = path.join('.data', 'mail')

/**
 * Defaults for the SMTP transport; values set in the URL's query string win. nodemailer waits
 * minutes by default, but a dead SMTP server must fail an attempt well within the delivery lease
 * (`ATTEMPT_LEASE_SECONDS`). A pool of `EMAIL_CONNECTIONS` connections (as many as the e-mail
 * channel keeps in flight) serves a dunning run's thousands of messages without a new connection
 * and handshake per message, and with Nagle's algorithm off on them (`connectWithoutDelay`) a
 * message never waits for a delayed ACK (docs/performance/baseline.md).
 */
const SMTP_DEFAULTS = {
  connectionTimeout: '10000',
  greetingTimeout: '10000',
  maxConnections: String(EMAIL_CONNECTIONS),
  pool: 'true',
  socketTimeout: '60000',
}

const smtpTransport = (smtpUrl: string) => {
  const url = new URL(smtpUrl)
  for (const [key, value] of Object.entries(SMTP_DEFAULTS)) {
    if (!url.searchParams.has(key)) url.searchParams.set(key, value)
  }
  const transport = nodemailer.createTransport(url.toString())
  // nodemailer's custom-socket hook (as in its proxy examples); without it each message waits
  // ~40 ms for a delayed ACK (see connectWithoutDelay). A `proxy` in the URL uses the same hook
  // to open its tunnel, and keeps it.
  if (!url.searchParams.has('proxy')) {
    ;(transport as { getSocket?: SMTPPool.Options['getSocket'] }).getSocket = connectWithoutDelay
  }
  return transport
}

type SendEmailOptions = Parameters<ReturnType<EmailAdapter>['sendEmail']>[0]

/** A message with nothing but one recipient, a subject and a text body (what notifications send). */
const isPlainText = (
  message: SendEmailOptions,
): message is SendEmailOptions & { text: string; to: string } => {
  const { subject, text, to, ...rest } = message as Record<string, unknown>
  return (
    typeof text === 'string' &&
    typeof to === 'string' &&
    (subject === undefined || typeof subject === 'string') &&
    Object.keys(rest).length === 0
  )
}

/**
 * Payload's e-mail adapter (nodemailer): SMTP when `smtpUrl` is set, otherwise the local capture
 * under `.data/mail/`. Never nodemailer's default ethereal.email account, which needs the internet.
 * `payload.sendEmail` resolves to nodemailer's info, whose `messageId` becomes the delivery's
 * provider id. Over SMTP, plain-text messages are composed by `composeTextMessage`; anything else
 * (Payload's own HTML e-mails, attachments) goes through nodemailer's composer.
 */
export const emailAdapter = async ({
  captureDir = MAIL_CAPTURE_DIR,
  emailFrom,
  smtpUrl,
}: {
  captureDir?: string
  emailFrom: string
  smtpUrl?: string
}): Promise<EmailAdapter> => {
  const from = parseEmailFrom(emailFrom)
  const transport = smtpUrl ? smtpTransport(smtpUrl) : captureTransport({ dir: captureDir })
  const adapter = await nodemailerAdapter({
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    // Verifying connects at start-up; a send reports an unreachable server on the delivery instead.
    skipVerify: true,
    transport,
  })

  return ({ payload }) => {
    const inner = adapter({ payload })
    // Pooled SMTP connections stay open while idle; without this a script or test worker that
    // sent mail would not exit until the server hangs up.
    const destroy = payload.destroy.bind(payload)
    payload.destroy = async () => {
      transport.close()
      await destroy()
    }
    if (smtpUrl) {
      return {
        ...inner,
        sendEmail: async (message) => {
          if (!isPlainText(message)) return inner.sendEmail(message)
          // The notifications' plain-text messages: composed here, at about half nodemailer's cost.
          const messageId = `${randomUUID()}@${from.address.split('@')[1]}`
          const composed = composeTextMessage({
            date: new Date(),
            from,
            messageId,
            subject: message.subject ?? '',
            text: message.text,
            to: message.to,
          })
          const info = await inner.sendEmail(composed as never)
          return { ...(info as object), messageId: `<${messageId}>` }
        },
      }
    }

    const level = process.env.NODE_ENV === 'production' ? 'warn' : 'info'
    payload.logger[level](
      `SMTP_URL is not set: e-mail is captured as .eml files in ${path.resolve(captureDir)}, not sent`,
    )
    return {
      ...inner,
      sendEmail: async (message) => {
        const info = await inner.sendEmail(message)
        payload.logger.info({
          msg: 'e-mail captured',
          path: (info as { path?: string }).path,
          to: message.to,
        })
        return info
      },
    }
  }
}
