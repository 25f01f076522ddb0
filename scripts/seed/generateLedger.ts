import { largestRemainder } from '../../src/lib/money/largestRemainder'
import type { Dataset } from './generateDataset'
import { createRandom } from './random'

export type SeedCharge = { amount: number; apartmentIndex: number; dueDate: string; period: string }
export type SeedPayment = {
  amount: number
  apartmentIndex: number
  receivedAt: string
  reference: string
}

type Payer = 'defaulter' | 'late' | 'partial' | 'punctual'

const WINTER = new Set([1, 2, 3, 11, 12])

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

/** The `months` periods ending with `until` (`YYYY-MM`), oldest first. */
export const periodsUntil = (until: string, months: number): string[] => {
  const [year, month] = until.split('-').map(Number)
  return Array.from({ length: months }, (_, index) => {
    const offset = year * 12 + (month - 1) - (months - 1 - index)
    return `${Math.floor(offset / 12)}-${String((offset % 12) + 1).padStart(2, '0')}`
  })
}

const payerOf = (roll: number): Payer =>
  roll < 0.78 ? 'punctual' : roll < 0.9 ? 'late' : roll < 0.96 ? 'partial' : 'defaulter'

/**
 * A building-by-building ledger history: one common charge per apartment and month (the building's
 * budget split by general shares, plus heating in winter by heating shares; cents add up exactly),
 * and payments by payer habit: punctual, late, partial, or stopped paying. Nothing is dated after
 * `today`. Pure and deterministic for a seed; yields one building at a time to bound memory.
 */
export function* generateLedger({
  dataset,
  months,
  seed,
  today,
}: {
  dataset: Dataset
  months: number
  seed: number
  today: string
}): Generator<{ buildingIndex: number; charges: SeedCharge[]; payments: SeedPayment[] }> {
  const random = createRandom(seed ^ 0x5eed)
  const periods = periodsUntil(today.slice(0, 7), months)
  const byBuilding = new Map<number, number[]>()
  dataset.apartments.forEach((apartment, index) => {
    byBuilding.set(apartment.buildingIndex, [
      ...(byBuilding.get(apartment.buildingIndex) ?? []),
      index,
    ])
  })

  for (const [buildingIndex, apartmentIndexes] of byBuilding) {
    const apartments = apartmentIndexes.map((index) => dataset.apartments[index])
    const generalBudget = apartments.length * random.int(4_000, 9_000)
    const heatingBudget = apartments.length * random.int(3_000, 6_000)
    const payers = apartmentIndexes.map(() => ({
      habit: payerOf(random.next()),
      stopsAfter: random.int(3, 18),
    }))
    const charges: SeedCharge[] = []
    const payments: SeedPayment[] = []
    periods.forEach((period, monthIndex) => {
      const general = largestRemainder(
        generalBudget,
        apartments.map((a) => a.shares.general),
      )
      const heating = WINTER.has(Number(period.slice(5)))
        ? largestRemainder(
            heatingBudget,
            apartments.map((a) => a.shares.heating),
          )
        : apartments.map(() => 0)
      const dueDate = `${period}-25`
      apartmentIndexes.forEach((apartmentIndex, position) => {
        const amount = general[position] + heating[position]
        if (amount <= 0) return
        charges.push({ amount, apartmentIndex, dueDate, period })
        const { habit, stopsAfter } = payers[position]
        const monthsAgo = periods.length - 1 - monthIndex
        if (habit === 'defaulter' && monthsAgo < stopsAfter) return
        const paid = habit === 'partial' ? Math.round(amount * 0.7) : amount
        const receivedAt = addDays(
          dueDate,
          habit === 'late' ? random.int(40, 70) : random.int(-5, 5),
        )
        if (receivedAt > today) return
        payments.push({
          amount: paid,
          apartmentIndex,
          receivedAt,
          reference: `seed-${apartmentIndex}-${period}`,
        })
      })
    })
    yield { buildingIndex, charges, payments }
  }
}
