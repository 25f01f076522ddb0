import { InvalidEnvironmentError, parseEnv } from './env'

const base = { DATABASE_URL: 'postgres://u@127.0.0.1:5432/db' }

describe('parseEnv', () => {
  it('should apply the documented flag defaults', () => {
    const env = parseEnv(base)
    expect(env.flags).toEqual({
      ENABLE_BULK_OPS: true,
      ENABLE_COLLECTIONS_OS: true,
      ENABLE_HTTPONLY_AUTH: false,
      ENABLE_SCHEDULER: true,
      ENABLE_SLO_METRICS: true,
      ENABLE_VENDOR_PORTAL: true,
      ENABLE_VOTE_AUTOMATION: true,
    })
  })

  it.each([
    ['true', true],
    ['1', true],
    ['on', true],
    ['false', false],
    ['0', false],
    ['off', false],
  ])('should read %s as %s', (raw, expected) => {
    expect(parseEnv({ ...base, ENABLE_BULK_OPS: raw }).flags.ENABLE_BULK_OPS).toBe(expected)
  })

  it('should treat a blank flag as unset', () => {
    expect(parseEnv({ ...base, ENABLE_HTTPONLY_AUTH: '' }).flags.ENABLE_HTTPONLY_AUTH).toBe(false)
  })

  it('should stop with every bad variable named', () => {
    let error: unknown
    try {
      parseEnv({ DATABASE_URL: 'mysql://x', ENABLE_BULK_OPS: 'yes', NODE_ENV: 'production' })
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(InvalidEnvironmentError)
    const message = (error as Error).message
    expect(message).toContain('ENABLE_BULK_OPS: must be one of true, false, 1, 0, on, off')
    expect(message).toContain('DATABASE_URL: must be a postgres:// connection string')
  })

  it('should require a secret in production', () => {
    expect(() => parseEnv({ ...base, NODE_ENV: 'production' })).toThrow(
      /PAYLOAD_SECRET: is required in production/,
    )
    expect(
      parseEnv({
        ...base,
        NODE_ENV: 'production',
        PAYLOAD_SECRET: 'a-long-enough-secret',
        PUBLIC_LINK_KEYS: `k1:${'x'.repeat(32)}`,
      }).payloadSecret,
    ).toBe('a-long-enough-secret')
  })

  it('should leave the notifications webhook secret unset by default and refuse a short one', () => {
    expect(parseEnv(base).notificationsWebhookSecret).toBeUndefined()
    expect(
      parseEnv({ ...base, NOTIFICATIONS_WEBHOOK_SECRET: 'a-long-enough-secret' })
        .notificationsWebhookSecret,
    ).toBe('a-long-enough-secret')
    expect(() => parseEnv({ ...base, NOTIFICATIONS_WEBHOOK_SECRET: 'short' })).toThrow(
      /NOTIFICATIONS_WEBHOOK_SECRET: must be at least 16 characters/,
    )
  })

  it('should read trusted origins and refuse anything that is not an origin', () => {
    expect(parseEnv(base).trustedOrigins).toEqual([])
    expect(
      parseEnv({ ...base, TRUSTED_ORIGINS: ' https://portal.example.com, http://localhost:5173/' })
        .trustedOrigins,
    ).toEqual(['https://portal.example.com', 'http://localhost:5173'])
    for (const bad of ['portal.example.com', 'https://x.example/path', 'ftp://x.example', '*']) {
      expect(() => parseEnv({ ...base, TRUSTED_ORIGINS: bad })).toThrow(/is not an origin/)
    }
  })

  it('should read public link keys, require them in production and refuse weak ones', () => {
    expect(parseEnv(base).publicLinkKeys.map((key) => key.id)).toEqual(['dev'])
    const secret = 'x'.repeat(32)
    expect(
      parseEnv({ ...base, PUBLIC_LINK_KEYS: `k2:${secret}, k1:${secret}y` }).publicLinkKeys,
    ).toEqual([
      { id: 'k2', secret },
      { id: 'k1', secret: `${secret}y` },
    ])
    expect(() =>
      parseEnv({ ...base, NODE_ENV: 'production', PAYLOAD_SECRET: 'a-long-enough-secret' }),
    ).toThrow(/PUBLIC_LINK_KEYS: is required in production/)
    for (const bad of ['k1:short', `:${secret}`, `k1:${secret},k1:${secret}`, 'no-colon']) {
      expect(() => parseEnv({ ...base, PUBLIC_LINK_KEYS: bad })).toThrow(/PUBLIC_LINK_KEYS/)
    }
  })

  it('should read the rate-limit store and proxy hops', () => {
    expect(parseEnv(base).rateLimits).toEqual({ redisUrl: undefined, trustedHops: 1 })
    expect(
      parseEnv({ ...base, REDIS_URL: 'redis://127.0.0.1:6379', TRUST_PROXY_HOPS: '2' }).rateLimits,
    ).toEqual({ redisUrl: 'redis://127.0.0.1:6379', trustedHops: 2 })
    expect(() => parseEnv({ ...base, REDIS_URL: 'http://x' })).toThrow(/REDIS_URL/)
    expect(() => parseEnv({ ...base, TRUST_PROXY_HOPS: '0' })).toThrow(/TRUST_PROXY_HOPS/)
  })

  it('should explain a missing database URL', () => {
    expect(() => parseEnv({})).toThrow(/DATABASE_URL: is not set: run `npm run dev`/)
  })
})
