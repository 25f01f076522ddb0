import { routePattern } from './routePattern'
import { routeTable } from './routeTable'
import type { RoutingConfig } from './routeTable'

// Payload 3's built-in endpoints, in the order its config sanitizer adds them.
const collectionEndpoints = [
  { method: 'get', path: '/count' },
  { method: 'post', path: '/' },
  { method: 'delete', path: '/' },
  { method: 'delete', path: '/:id' },
  { method: 'post', path: '/access/:id?' },
  { method: 'get', path: '/versions' },
  { method: 'get', path: '/' },
  { method: 'get', path: '/:id' },
  { method: 'get', path: '/versions/:id' },
  { method: 'post', path: '/versions/:id' },
  { method: 'patch', path: '/' },
  { method: 'patch', path: '/:id' },
]
const authEndpoints = [
  '/forgot-password',
  '/login',
  '/logout',
  '/refresh-token',
  '/reset-password',
  '/unlock',
]
  .map((path) => ({ method: 'post', path }))
  .concat([
    { method: 'get', path: '/access' },
    { method: 'get', path: '/init' },
    { method: 'get', path: '/me' },
    { method: 'post', path: '/verify/:id' },
  ])

const config: RoutingConfig = {
  collections: [
    {
      endpoints: [{ method: 'get', path: '/stats/:year' }, ...collectionEndpoints],
      slug: 'apartments',
    },
    { endpoints: [...authEndpoints, ...collectionEndpoints], slug: 'users' },
    { endpoints: false, slug: 'sealed' },
  ],
  endpoints: [
    { method: 'get', path: '/access' },
    { method: 'get', path: '/health' },
    { method: 'get', path: '/metrics' },
    { method: 'get', path: '/financial/dashboard/overview' },
    { method: 'get', path: '/financial/reports/:report' },
    { method: 'get', path: '/legacy/(.*)' },
  ],
  globals: [
    {
      endpoints: [
        { method: 'get', path: '/' },
        { method: 'post', path: '/' },
      ],
      slug: 'settings',
    },
  ],
  routes: { api: '/api' },
}

const routes = routeTable(config)
const label = (method: string, pathname: string) => routePattern({ method, pathname, routes })

describe('routePattern', () => {
  it.each([
    ['GET', '/api/apartments', '/api/apartments'],
    ['GET', '/api/apartments/', '/api/apartments'],
    ['POST', '/api/apartments', '/api/apartments'],
    ['GET', '/api/apartments/42', '/api/apartments/:id'],
    ['PATCH', '/api/apartments/42', '/api/apartments/:id'],
    ['DELETE', '/api/apartments/42', '/api/apartments/:id'],
    ['GET', '/api/apartments/3f2b8c1e-9d4a-4c7b-8e21-5a6f0d9c1b23', '/api/apartments/:id'],
    ['GET', '/api/apartments/count', '/api/apartments/count'],
    ['GET', '/api/apartments/versions', '/api/apartments/versions'],
    ['GET', '/api/apartments/versions/17', '/api/apartments/versions/:id'],
    ['POST', '/api/apartments/access', '/api/apartments/access'],
    ['POST', '/api/apartments/access/17', '/api/apartments/access/:id'],
    ['GET', '/api/apartments/stats/2026', '/api/apartments/stats/:year'],
    ['POST', '/api/users/login', '/api/users/login'],
    ['POST', '/api/users/LOGIN', '/api/users/login'],
    ['POST', '/api/users/logout', '/api/users/logout'],
    ['GET', '/api/users/me', '/api/users/me'],
    ['POST', '/api/users/refresh-token', '/api/users/refresh-token'],
    ['POST', '/api/users/verify/9a8b7c6d5e4f', '/api/users/verify/:id'],
    ['GET', '/api/users/7', '/api/users/:id'],
    ['GET', '/api/globals/settings', '/api/globals/settings'],
    ['GET', '/api/health', '/api/health'],
    ['GET', '/api/metrics', '/api/metrics'],
    ['GET', '/api/access', '/api/access'],
    ['POST', '/api/graphql', '/api/graphql'],
    ['GET', '/api/graphql-playground', '/api/graphql-playground'],
    ['GET', '/api/financial/dashboard/overview', '/api/financial/dashboard/overview'],
    ['GET', '/api/financial/reports/aging', '/api/financial/reports/:report'],
  ])('should label %s %s as %s', (method, pathname, expected) => {
    expect(label(method, pathname)).toBe(expected)
  })

  it('should label a method no route has by its path alone (CORS preflight, HEAD)', () => {
    expect(label('OPTIONS', '/api/apartments/42')).toBe('/api/apartments/:id')
    expect(label('OPTIONS', '/api/graphql')).toBe('/api/graphql')
    expect(label('HEAD', '/api/health')).toBe('/api/health')
  })

  it('should never put a raw id or a path of the caller into the label', () => {
    const ids = [
      '1',
      '999999',
      '3f2b8c1e-9d4a-4c7b-8e21-5a6f0d9c1b23',
      'not-an-id',
      'x'.repeat(200),
      '%E2%82%AC',
    ]
    const labels = new Set(ids.map((id) => label('GET', `/api/apartments/${id}`)))
    expect([...labels]).toEqual(['/api/apartments/:id'])
  })

  it.each([
    ['GET', '/api/apartments/42/owner/history', '/api/apartments/*'],
    ['GET', '/api/apartments/a/b/c/d/e/f', '/api/apartments/*'],
    ['GET', '/api/sealed/1', '/api/sealed/*'],
    ['GET', '/api/globals/settings/extra/deep', '/api/globals/settings/*'],
    ['GET', '/api/globals/unknown-global', '/api/globals/*'],
    ['GET', '/api/no-such-collection', '/api/*'],
    ['GET', '/api/no-such-collection/1/2/3', '/api/*'],
    ['GET', '/api/legacy/anything', '/api/*'],
    ['GET', '/api/financial/dashboard/overview/extra', '/api/*'],
    ['GET', '/api', '*'],
    ['GET', '/elsewhere/1', '*'],
  ])('should collapse unknown path %s %s into %s', (method, pathname, expected) => {
    expect(label(method, pathname)).toBe(expected)
  })

  it('should keep the label set bounded however many different paths arrive', () => {
    const labels = new Set<string>()
    for (let n = 0; n < 500; n += 1) {
      labels.add(label('GET', `/api/random-${n}/${n}`))
      labels.add(label('GET', `/api/apartments/${n}/x-${n}/y`))
      labels.add(label('POST', `/api/users/${n}/${n}`))
    }
    expect([...labels].sort()).toEqual(['/api/*', '/api/apartments/*', '/api/users/*'])
  })

  it('should follow a custom api route prefix', () => {
    const custom = routeTable({ ...config, routes: { api: '/rest' } })
    expect(routePattern({ method: 'GET', pathname: '/rest/apartments/5', routes: custom })).toBe(
      '/rest/apartments/:id',
    )
    expect(routePattern({ method: 'GET', pathname: '/rest/nothing', routes: custom })).toBe(
      '/rest/*',
    )
  })
})
