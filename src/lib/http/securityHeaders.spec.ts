import { contentSecurityPolicy, securityHeaderRules } from './securityHeaders'

const headersOf = (rule: { headers: { key: string; value: string }[] }) =>
  Object.fromEntries(rule.headers.map((header) => [header.key, header.value]))

describe('securityHeaderRules', () => {
  it('should send the hardening headers on every path, HSTS only over https', () => {
    const [every, forwarded] = securityHeaderRules({ dev: false, https: false })
    expect(every.source).toBe('/:path*')
    expect(headersOf(every)).toMatchObject({
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
    })
    expect(headersOf(every)['Strict-Transport-Security']).toBeUndefined()
    // Behind a proxy that terminates TLS, the request says so.
    expect(forwarded.has).toEqual([{ key: 'x-forwarded-proto', type: 'header', value: 'https' }])
    expect(headersOf(forwarded)['Strict-Transport-Security']).toMatch(/^max-age=31536000/)

    const https = securityHeaderRules({ dev: false, https: true })
    expect(headersOf(https[0])['Strict-Transport-Security']).toMatch(/^max-age=31536000/)
    expect(https.some((rule) => rule.has)).toBe(false)
  })

  it('should keep the statement link out of referrers and caches', () => {
    const statement = securityHeaderRules({ dev: false, https: false }).find(
      (rule) => rule.source === '/statement/:path*',
    )!
    expect(headersOf(statement)).toEqual({
      'Cache-Control': 'private, no-store',
      'Referrer-Policy': 'no-referrer',
    })
  })
})

describe('contentSecurityPolicy', () => {
  const directives = (policy: string) =>
    Object.fromEntries(policy.split('; ').map((part) => [part.split(' ')[0], part]))

  it('should refuse framing, plugins and other origins, and eval outside development', () => {
    const policy = directives(contentSecurityPolicy({ dev: false }))
    expect(policy['frame-ancestors']).toBe("frame-ancestors 'none'")
    expect(policy['object-src']).toBe("object-src 'none'")
    expect(policy['default-src']).toBe("default-src 'self'")
    expect(policy['script-src']).not.toContain('unsafe-eval')
    expect(policy['connect-src']).toBe("connect-src 'self'")
    expect(directives(contentSecurityPolicy({ dev: true }))['script-src']).toContain('unsafe-eval')
  })
})
