import { templateErrors } from './templateErrors'

describe('templateErrors', () => {
  it('should accept every known placeholder, repeated or not used at all', () => {
    expect(templateErrors('{owner}: {amount}, {daysOverdue} days. {paymentLink} {amount}')).toEqual(
      [],
    )
    expect(templateErrors('Please pay your common charges.')).toEqual([])
  })

  it('should name an unknown placeholder', () => {
    expect(templateErrors('Dear {ownr}, you owe {amount}.')).toEqual([
      'Unknown placeholder {ownr}; use {owner}, {amount}, {daysOverdue}, {paymentLink}',
    ])
  })

  it('should refuse near misses: case, spaces, empty braces', () => {
    expect(templateErrors('{Owner} { amount } {}')).toHaveLength(3)
  })

  it('should refuse a lone brace with its position', () => {
    expect(templateErrors('Pay {amount by {paymentLink}')).toEqual(['Unmatched "{" at position 4'])
    expect(templateErrors('Pay amount} now')).toEqual(['Unmatched "}" at position 10'])
  })
})
