import { requestHash } from './requestHash'

describe('requestHash', () => {
  it('should not depend on key order or whitespace of a JSON body', () => {
    expect(requestHash('{"amount":100,"apartment":{"id":7,"label":"1A"}}')).toBe(
      requestHash('{ "apartment": { "label": "1A", "id": 7 },\n  "amount": 100 }'),
    )
  })

  it('should tell bodies with different values apart', () => {
    expect(requestHash('{"amount":100}')).not.toBe(requestHash('{"amount":101}'))
    expect(requestHash('{"amount":100}')).not.toBe(requestHash('{"amount":"100"}'))
    expect(requestHash('[1,2]')).not.toBe(requestHash('[2,1]'))
  })

  it('should hash a body that is not JSON as sent', () => {
    expect(requestHash('amount=100&b=2')).not.toBe(requestHash('b=2&amount=100'))
    expect(requestHash('amount=100')).toMatch(/^[0-9a-f]{64}$/)
  })

  it('should treat an empty body as one request', () => {
    expect(requestHash('')).toBe(requestHash('  '))
    expect(requestHash('')).not.toBe(requestHash('{}'))
  })
})
