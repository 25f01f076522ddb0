import { servedOverHttps } from './publicBaseUrl'
import { trustedOriginsOf } from './trustedOrigins'

describe('trustedOriginsOf', () => {
  it("should always trust the app's own origin for the cookie, never an empty list", () => {
    expect(trustedOriginsOf({ serverUrl: undefined, trustedOrigins: [] })).toEqual({
      cors: [],
      csrf: ['http://localhost:3000'],
    })
    expect(
      trustedOriginsOf({ serverUrl: 'https://office.example.com/', trustedOrigins: [] }).csrf,
    ).toEqual(['https://office.example.com'])
  })

  it('should add the configured origins to both lists, once', () => {
    expect(
      trustedOriginsOf({
        serverUrl: 'https://office.example.com',
        trustedOrigins: ['https://portal.example.com', 'https://office.example.com'],
      }),
    ).toEqual({
      cors: ['https://portal.example.com', 'https://office.example.com'],
      csrf: ['https://office.example.com', 'https://portal.example.com'],
    })
  })
})

describe('servedOverHttps', () => {
  it('should follow SERVER_URL', () => {
    expect(servedOverHttps({ serverUrl: 'https://office.example.com' })).toBe(true)
    expect(servedOverHttps({ serverUrl: 'http://127.0.0.1:3100' })).toBe(false)
    expect(servedOverHttps({ serverUrl: undefined })).toBe(false)
  })
})
