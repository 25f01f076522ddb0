import { randomUUID } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import nodemailer from 'nodemailer'
import type { Transporter } from 'nodemailer'

export type CapturedInfo = {
  envelope: { from: string | false; to: string[] }
  messageId: string
  path: string
}

/**
 * A nodemailer transport that sends nothing: each message is written to `dir` as a `.eml` file
 * (open it with any mail client). Development without `SMTP_URL` uses it, so dev never reaches
 * out to the internet, and every mail it would have sent can still be read.
 */
export const captureTransport = ({ dir }: { dir: string }): Transporter =>
  nodemailer.createTransport<CapturedInfo>({
    name: 'capture',
    // Nothing to close (no connections); present so shutdown can close any transport alike.
    close: () => {},
    send: (mail, done) => {
      mail.message.keepBcc = true
      const envelope = mail.message.getEnvelope() as CapturedInfo['envelope']
      const messageId = mail.message.messageId()
      mail.message.build((buildError, raw) => {
        if (buildError) return done(buildError, undefined as never)
        const file = path.resolve(
          dir,
          `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.eml`,
        )
        mkdir(dir, { recursive: true })
          .then(() => writeFile(file, raw))
          .then(
            () => done(null, { envelope, messageId, path: file }),
            (err: Error) => done(err, undefined as never),
          )
      })
    },
    version: '1',
  })
