import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import net from 'node:net'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { jest } from '@jest/globals'
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
    const logger = {
      info: (entry: unknown) => logged.push(entry),
      warn: (entry: unknown) => logged.push(entry),
    }
    const adapter = await emailAdapter({
      captureDir: dir,
      emailFrom: 'Office Athens <office@example.gr>',
    })
    const email = adapter({ payload: { destroy: async () => {}, logger } as unknown as Payload })

    const info = (await email.sendEmail({
      subject: 'Hello',
      text: 'Body',
      to: 'owner@example.gr',
    })) as { messageId: string; path: string }

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
      const email = (
        await emailAdapter({ emailFrom: 'office@example.gr', smtpUrl: `smtp://127.0.0.1:${port}` })
      )({ payload })

      for (const n of [1, 2, 3])
        await email.sendEmail({ subject: `#${n}`, text: 'Body', to: 'owner@example.gr' })
      expect(connections).toBe(1)

      await payload.destroy()
      await isClosed
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  })

  it('should still speak TLS from the start for smtps:// over the socket it opens itself', async () => {
    let isSecure = false
    const server = new SMTPServer({
      authOptional: true,
      logger: false,
      onData: (stream, session, callback) => {
        isSecure = session.secure
        stream.resume()
        stream.on('end', () => callback())
      },
      // smtp-server's built-in self-signed certificate; the client is told to accept it below.
      secure: true,
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const payload = { destroy: async () => {}, logger: { info: () => {} } } as unknown as Payload
    try {
      const port = (server.server.address() as AddressInfo).port
      const smtpUrl = `smtps://127.0.0.1:${port}?tls.rejectUnauthorized=false`
      const email = (await emailAdapter({ emailFrom: 'office@example.gr', smtpUrl }))({ payload })
      await email.sendEmail({ subject: 'TLS', text: 'Body', to: 'owner@example.gr' })
      expect(isSecure).toBe(true)
    } finally {
      await payload.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  })

  it("should open its SMTP connections with Nagle's algorithm off", async () => {
    // With Nagle on, each message on a pooled connection waits for the server's delayed ACK
    // (40 ms on Linux); the throughput is measured in `npm run bench`, the setting checked here.
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        stream.resume()
        stream.on('end', () => callback())
      },
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const payload = { destroy: async () => {}, logger: { info: () => {} } } as unknown as Payload
    const connect = jest.spyOn(net, 'connect')
    try {
      const port = (server.server.address() as AddressInfo).port
      const email = (
        await emailAdapter({ emailFrom: 'office@example.gr', smtpUrl: `smtp://127.0.0.1:${port}` })
      )({ payload })
      await email.sendEmail({ subject: 'Hello', text: 'Body', to: 'owner@example.gr' })
      expect(connect).toHaveBeenCalledWith(expect.objectContaining({ noDelay: true, port }))
    } finally {
      connect.mockRestore()
      await payload.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  })
})
