import { simpleParser } from 'mailparser'

import { composeTextMessage } from './composeTextMessage'

const base = {
  date: new Date('2026-11-28T10:00:00Z'),
  from: { address: 'no-reply@office.gr', name: 'Γραφείο Διαχείρισης' },
  messageId: 'abc-123@office.gr',
  subject: 'Υπενθύμιση οφειλής κοινοχρήστων για το διαμέρισμα 3Β της πολυκατοικίας',
  text: 'Αγαπητέ κύριε,\nοφείλετε 123,45 €.\nΠληρωμή: https://office.gr/statement/1?sig=ab',
  to: 'owner@example.gr',
}

describe('composeTextMessage', () => {
  it('should give a message any mail reader decodes back to the same sender, subject and text', async () => {
    const { envelope, raw } = composeTextMessage(base)
    expect(envelope).toEqual({ from: 'no-reply@office.gr', to: ['owner@example.gr'] })
    const parsed = await simpleParser(raw)
    expect(parsed.from?.value).toEqual([
      { address: 'no-reply@office.gr', name: 'Γραφείο Διαχείρισης' },
    ])
    expect(parsed.subject).toBe(base.subject)
    expect(parsed.text?.trim()).toBe(base.text)
    expect(parsed.messageId).toBe('<abc-123@office.gr>')
    expect(parsed.date?.toISOString()).toBe('2026-11-28T10:00:00.000Z')
  })

  it('should keep every line of the message within 78 characters and end lines with CRLF', () => {
    const { raw } = composeTextMessage({ ...base, text: 'x'.repeat(500) })
    for (const line of raw.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78)
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('should not let a subject or name break out of its header', async () => {
    const { raw } = composeTextMessage({
      ...base,
      from: { address: 'no-reply@office.gr', name: 'Office\r\nBcc: x@evil.test' },
      subject: 'Hi\r\nBcc: x@evil.test',
    })
    expect(raw).not.toMatch(/^Bcc:/m)
    expect((await simpleParser(raw)).bcc).toBeUndefined()
  })

  it('should refuse a recipient or sender that is not a plain address', () => {
    for (const to of [
      'owner@example.gr\r\nBcc: x@evil.test',
      'Owner <owner@example.gr>',
      'no-at-sign',
      '',
    ]) {
      expect(() => composeTextMessage({ ...base, to })).toThrow(TypeError)
    }
  })

  it('should write plain ASCII headers as they are', () => {
    const { raw } = composeTextMessage({
      ...base,
      from: { address: 'no-reply@office.gr', name: 'Building Office' },
      subject: 'Common charges reminder',
    })
    expect(raw).toContain('From: "Building Office" <no-reply@office.gr>\r\n')
    expect(raw).toContain('Subject: Common charges reminder\r\n')
  })
})
