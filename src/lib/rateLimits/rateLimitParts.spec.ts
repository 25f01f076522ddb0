import { clientAddressOf } from './clientAddress'
import { rateLimitHeaders } from './rateLimitHeaders'
import { requestBudgetsOf } from './requestBudgets'

const headersOf = (values: Record<string, string>) => new Headers(values)

describe('clientAddressOf', () => {
  it('should take the entry the trusted proxies appended, not what the client wrote', () => {
    const forwarded = headersOf({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9, 10.0.0.2' })
    expect(clientAddressOf(forwarded, 1)).toBe('10.0.0.2')
    expect(clientAddressOf(forwarded, 2)).toBe('203.0.113.9')
    expect(clientAddressOf(forwarded, 9)).toBe('6.6.6.6')
    expect(clientAddressOf(headersOf({}), 1)).toBeNull()
    expect(clientAddressOf(headersOf({ 'x-forwarded-for': ' , ' }), 1)).toBeNull()
  })
})

describe('rateLimitHeaders', () => {
  it('should write the IETF fields, and Retry-After only on a refusal', () => {
    const state = { msBeforeNext: 12_300, remainingPoints: 7 }
    expect(rateLimitHeaders({ name: 'api', refused: false, state })).toEqual({
      RateLimit: '"api";r=7;t=13',
      'RateLimit-Policy': '"api";q=3000;w=60',
    })
    expect(rateLimitHeaders({ name: 'login-address', refused: true, state })).toEqual({
      RateLimit: '"login-address";r=0;t=13',
      'RateLimit-Policy': '"login-address";q=100;w=3600',
      'Retry-After': '13',
    })
  })
})

describe('requestBudgetsOf', () => {
  const of = (
    method: string,
    pathname: string,
    headers: Record<string, string> = {},
    address: null | string = '203.0.113.1',
  ) => requestBudgetsOf({ address, headers: headersOf(headers), method, pathname })

  it('should count callers by their credential, else by address, and nothing in-process', () => {
    const jwt = of('GET', '/api/charges', { authorization: 'JWT abc' })
    expect(jwt).toEqual([{ key: expect.stringMatching(/^credential:[0-9a-f]{32}$/), name: 'api' }])
    expect(of('GET', '/api/charges', { cookie: 'a=1; payload-token=abc' })[0].key).toMatch(
      /^credential:/,
    )
    expect(of('GET', '/api/charges', { authorization: 'JWT other' })[0].key).not.toBe(jwt[0].key)
    expect(of('GET', '/api/charges')).toEqual([{ key: 'address:203.0.113.1', name: 'api' }])
    expect(of('GET', '/api/charges', {}, null)).toEqual([])
    expect(of('OPTIONS', '/api/charges')).toEqual([])
  })

  it('should give GraphQL and the webhooks budgets of their own', () => {
    expect(of('POST', '/api/graphql', { authorization: 'JWT abc' })[0].name).toBe('graphql')
    expect(of('POST', '/api/payments/webhook', { 'x-office': 'athens' })).toEqual([
      { key: 'office:athens', name: 'webhook' },
    ])
    expect(of('POST', '/api/notifications/delivery-status')).toEqual([
      { key: 'address:203.0.113.1', name: 'webhook' },
    ])
  })
})
