import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { captureTransport } from './captureTransport'

describe('captureTransport', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'capture-spec-'))
  })
  afterEach(() => rmSync(dir, { force: true, recursive: true }))

  it('should write each message as an .eml file and answer with its path and message id', async () => {
    const info = await captureTransport({ dir: path.join(dir, 'mail') }).sendMail({
      from: 'Office <no-reply@office.gr>',
      subject: 'Κοινόχρηστα Φεβρουαρίου',
      text: 'Your balance is 120.00 EUR.',
      to: 'owner@example.gr',
    })

    const files = readdirSync(path.join(dir, 'mail'))
    expect(files).toHaveLength(1)
    expect(files[0]).toMatch(/\.eml$/)
    expect(info.path).toBe(path.join(dir, 'mail', files[0]))
    expect(info.messageId).toMatch(/^<.+@office\.gr>$/)
    expect(info.envelope).toEqual({ from: 'no-reply@office.gr', to: ['owner@example.gr'] })
    const raw = readFileSync(info.path, 'utf8')
    expect(raw).toContain('To: owner@example.gr')
    expect(raw).toContain(`Message-ID: ${info.messageId}`)
    expect(raw).toContain('Your balance is 120.00 EUR.')
  })
})
