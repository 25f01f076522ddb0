import { parseMessages } from './parseMessages'
import type { NotificationMessage } from './types'

const message = (overrides: Partial<NotificationMessage> = {}): NotificationMessage => ({
  apartment: 3,
  body: 'Your balance is 120.00 EUR.',
  channel: 'email',
  idempotencyKey: '1:7:3:1:email:2026-02',
  subject: 'Reminder',
  tenant: 1,
  to: 'owner@example.gr',
  ...overrides,
})

const pathsOf = (messages: NotificationMessage[]): string[] => {
  try {
    parseMessages(messages)
    return []
  } catch (err) {
    return (err as { data: { errors: { path: string }[] } }).data.errors.map((error) => error.path)
  }
}

describe('parseMessages', () => {
  it('should accept good messages on every channel and trim them', () => {
    const parsed = parseMessages([
      message({ to: ' owner@example.gr ' }),
      message({ channel: 'sms', subject: '', to: '+30 691 234 5678' }),
      message({ channel: 'in-app', to: '42' }),
      message({ apartment: null, channel: 'letter', to: 'Ermou 1, Athens' }),
    ])
    expect(parsed[0].to).toBe('owner@example.gr')
    expect(parsed.map((m) => m.channel)).toEqual(['email', 'sms', 'in-app', 'letter'])
  })

  it('should name every bad field of every message, by index', () => {
    expect(
      pathsOf([
        message(),
        message({ to: 'not-an-address' }),
        message({ channel: 'sms', to: 'call me' }),
        message({ apartment: undefined, channel: 'in-app' }),
        message({ idempotencyKey: ' ', subject: '' }),
        message({ channel: 'fax' as never, tenant: 0 }),
      ]),
    ).toEqual([
      'messages.1.to',
      'messages.2.to',
      'messages.3.apartment',
      'messages.4.idempotencyKey',
      'messages.4.subject',
      'messages.5.channel',
      'messages.5.tenant',
    ])
  })
})
