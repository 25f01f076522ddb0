import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'

import { emailAdapter } from './emailAdapter'

describe('emailAdapter without SMTP_URL', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'adapter-spec-'))
  })
  afterEach(() => rmSync(dir, { force: true, recursive: true }))

  it('should capture mail from EMAIL_FROM into the directory and log where it went', async () => {
    const logged: unknown[] = []
    const logger = { info: (entry: unknown) => logged.push(entry), warn: (entry: unknown) => logged.push(entry) }
    const adapter = await emailAdapter({ captureDir: dir, emailFrom: 'Office Athens <office@example.gr>' })
    const email = adapter({ payload: { destroy: async () => {}, logger } as unknown as Payload })

    const info = (await email.sendEmail({ subject: 'Hello', text: 'Body', to: 'owner@example.gr' })) as { messageId: string; path: string }

    const [file] = readdirSync(dir)
    expect(info.path).toBe(path.join(dir, file))
    expect(readFileSync(info.path, 'utf8')).toContain('From: Office Athens <office@example.gr>')
    expect(logged[0]).toEqual(expect.stringContaining(`captured as .eml files in ${dir}`))
    expect(logged[1]).toEqual({ msg: 'e-mail captured', path: info.path, to: 'owner@example.gr' })
  })
})

describe('emailAdapter with SMTP_URL', () => {
  it('should keep one SMTP connection open between sends and close it when Payload is destroyed', async () => {
    let connections = 0
    let closed!: () => void
    const isClosed = new Promise<void>((resolve) => (closed = resolve))
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onClose: () => closed(),
      onConnect: (_session, callback) => {
        connections++
        callback()
      },
      onData: (stream, _session, callback) => {
        stream.resume()
        stream.on('end', () => callback())
      },
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const port = (server.server.address() as AddressInfo).port
      const payload = { destroy: async () => {}, logger: { info: () => {} } } as unknown as Payload
      const email = (await emailAdapter({ emailFrom: 'office@example.gr', smtpUrl: `smtp://127.0.0.1:${port}` }))({ payload })

      for (const n of [1, 2, 3]) await email.sendEmail({ subject: `#${n}`, text: 'Body', to: 'owner@example.gr' })
      expect(connections).toBe(1)

      await payload.destroy()
      await isClosed
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  })
})
