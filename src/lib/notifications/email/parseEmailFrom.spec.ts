import { EMAIL_FROM_PATTERN, parseEmailFrom } from './parseEmailFrom'

describe('parseEmailFrom', () => {
  it('should split a display name from the address', () => {
    expect(parseEmailFrom('Building Office <no-reply@office.gr>')).toEqual({
      address: 'no-reply@office.gr',
      name: 'Building Office',
    })
  })

  it('should drop the quotes around a display name', () => {
    expect(parseEmailFrom('"Office, Athens" <office@example.gr>')).toEqual({
      address: 'office@example.gr',
      name: 'Office, Athens',
    })
  })

  it('should take a bare address with an empty name', () => {
    expect(parseEmailFrom('office@example.gr')).toEqual({ address: 'office@example.gr', name: '' })
  })

  it.each(['office', 'Office <office>', '<a@b.gr', 'two words@example.gr'])(
    'should not accept %s as EMAIL_FROM',
    (value) => {
      expect(EMAIL_FROM_PATTERN.test(value)).toBe(false)
    },
  )
})
