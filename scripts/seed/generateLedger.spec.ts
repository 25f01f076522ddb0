import { generateDataset } from './generateDataset'
import { generateLedger, periodsUntil } from './generateLedger'
import { PRESETS } from './presets'

const dataset = generateDataset({ preset: 'demo', seed: 1, sizes: PRESETS.demo })
const all = (today: string, seed = 1) => [...generateLedger({ dataset, months: 6, seed, today })]

describe('generateLedger', () => {
  it('should list the periods up to the given one, across a year end', () => {
    expect(periodsUntil('2026-02', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
  })

  it('should give every apartment one charge a month and be deterministic', () => {
    const first = all('2026-06-15')
    expect(first).toEqual(all('2026-06-15'))
    expect(first.flatMap((b) => b.charges)).toHaveLength(dataset.apartments.length * 6)
    expect(all('2026-06-15', 2)).not.toEqual(first)
  })

  it("should split each month's budget so the building's charges add up exactly", () => {
    const building = all('2026-06-15')[0]
    const byPeriod = new Map<string, number>()
    for (const row of building.charges)
      byPeriod.set(row.period, (byPeriod.get(row.period) ?? 0) + row.amount)
    const totals = [...byPeriod.values()]
    // Non-winter months carry only the general budget: the same exact total every month.
    expect(totals[3]).toBe(totals[4])
    expect(building.charges.every((row) => Number.isInteger(row.amount) && row.amount > 0)).toBe(
      true,
    )
  })

  it('should date no payment after today and leave some apartments in arrears', () => {
    const ledger = all('2026-06-15')
    const payments = ledger.flatMap((b) => b.payments)
    expect(payments.every((p) => p.receivedAt <= '2026-06-15')).toBe(true)
    const charged = ledger.flatMap((b) => b.charges).reduce((s, c) => s + c.amount, 0)
    const paid = payments.reduce((s, p) => s + p.amount, 0)
    expect(paid).toBeLessThan(charged)
    expect(paid).toBeGreaterThan(charged * 0.6)
    expect(new Set(payments.map((p) => p.reference)).size).toBe(payments.length)
  })
})
