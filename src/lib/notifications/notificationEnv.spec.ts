import { parseEnv } from '../env'

const base = { DATABASE_URL: 'postgres://u@127.0.0.1:5432/db' }

describe('notification settings in the environment', () => {
  it('should default to the local capture, the office sender and the log SMS provider', () => {
    expect(parseEnv(base)).toMatchObject({
      emailFrom: 'Building Office <no-reply@building-office.local>',
      smsProvider: 'log',
      smtpUrl: undefined,
    })
  })

  it.each([
    'smtp://127.0.0.1:2525',
    'smtps://user:secret@mail.example.gr:465',
    'smtp://mail.example.gr:587/?pool=true',
  ])('should accept SMTP_URL %s', (url) => {
    expect(parseEnv({ ...base, SMTP_URL: url }).smtpUrl).toBe(url)
  })

  it('should refuse a bad SMTP_URL, EMAIL_FROM or SMS_PROVIDER, naming each', () => {
    let message = ''
    try {
      parseEnv({
        ...base,
        EMAIL_FROM: 'office',
        SMS_PROVIDER: 'carrier-pigeon',
        SMTP_URL: 'http://mail',
      })
    } catch (err) {
      message = (err as Error).message
    }
    expect(message).toContain('SMTP_URL: must be an smtp:// or smtps:// URL')
    expect(message).toContain('EMAIL_FROM: must be an address or "Name <address>"')
    expect(message).toContain('SMS_PROVIDER: must be one of log')
  })

  it('should refuse a blank SMTP_URL rather than treat it as unset', () => {
    expect(() => parseEnv({ ...base, SMTP_URL: '' })).toThrow(/SMTP_URL/)
  })
})
