import { officeLocale } from './officeLocale'

describe('officeLocale', () => {
  it("should take an office's English, and Greek for anything else, as the offices collection defaults", () => {
    expect(officeLocale('en')).toBe('en')
    expect(officeLocale('el')).toBe('el')
    expect(officeLocale(null)).toBe('el')
    expect(officeLocale(undefined)).toBe('el')
    expect(officeLocale('fr')).toBe('el')
  })
})
