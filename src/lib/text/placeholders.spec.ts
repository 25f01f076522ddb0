import { fillPlaceholders, placeholderErrors } from './placeholders'

const KNOWN = ['owner', 'amount', 'daysOverdue', 'paymentLink']
const templateErrors = (template: string) => placeholderErrors({ known: KNOWN, template })

describe('placeholderErrors', () => {
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

describe('fillPlaceholders', () => {
  it('should fill every occurrence and say which placeholders had no value', () => {
    const missing: string[] = []
    expect(
      fillPlaceholders(
        '{owner} owes {amount}; {owner}, pay at {paymentLink}',
        { amount: '€5.00', owner: 'Eleni', paymentLink: '' },
        (token) => missing.push(token),
      ),
    ).toBe('Eleni owes €5.00; Eleni, pay at ')
    expect(missing).toEqual(['{paymentLink}'])
  })
})
