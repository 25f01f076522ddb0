import { instantLabel } from './instantLabel'
import { moneyLabel } from './moneyLabel'

describe('moneyLabel', () => {
  it('should show money in the office currency and keep the sign of a credit', () => {
    expect(moneyLabel({ amount: 12_345, currency: 'EUR', locale: 'en' })).toBe('€123.45')
    expect(moneyLabel({ amount: -12_345, currency: 'EUR', locale: 'en' })).toBe('-€123.45')
    expect(moneyLabel({ amount: -500, currency: 'EUR', locale: 'en' })).toBe('-€5.00')
  })
})

describe('instantLabel', () => {
  it("should show an instant on the office's wall clock, across midnight and month ends", () => {
    expect(instantLabel('2031-01-31T22:30:00.000Z', 'Europe/Athens')).toBe('2031-02-01 00:30')
    expect(instantLabel('2026-06-03T21:30:00.000Z', 'Europe/Athens')).toBe('2026-06-04 00:30')
  })

  it('should show a dash for no instant or an unreadable one', () => {
    expect(instantLabel(null, 'Europe/Athens')).toBe('—')
    expect(instantLabel('not a date', 'Europe/Athens')).toBe('—')
  })
})
