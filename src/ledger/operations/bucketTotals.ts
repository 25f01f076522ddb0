import { AGING_BUCKETS } from '../engine/agingBucket'
import type { AgingBucket } from '../engine/agingBucket'
import { collectionRate } from '../engine/officeCalendar'

export type BucketTotals = Record<
  AgingBucket,
  { amount: number; apartments: number; items: number }
>

export type BucketRow = {
  amount: number | string
  apartments: number | string
  bucket: AgingBucket
  items: number | string
}

/** Aging totals from grouped SQL rows; buckets with no open items are present with zeros. */
const bucketTotalsFrom = (rows: BucketRow[] | null): BucketTotals => {
  const totals = Object.fromEntries(
    AGING_BUCKETS.map((bucket) => [bucket, { amount: 0, apartments: 0, items: 0 }]),
  ) as BucketTotals
  for (const row of rows ?? []) {
    totals[row.bucket] = {
      amount: Number(row.amount),
      apartments: Number(row.apartments),
      items: Number(row.items),
    }
  }
  return totals
}

const outstandingOf = (totals: BucketTotals): number =>
  AGING_BUCKETS.reduce((sum, bucket) => sum + totals[bucket].amount, 0)

/** The figures every dashboard row carries, from its SQL row: aging, billed, collected, rate, outstanding, overdue. */
export const dashboardFigures = (row: {
  billed: string
  buckets: BucketRow[] | null
  collected: string
  overdue: string
}) => {
  const aging = bucketTotalsFrom(row.buckets)
  const billed = Number(row.billed)
  const collected = Number(row.collected)
  return {
    aging,
    billed,
    collected,
    collectionRate: collectionRate(collected, billed),
    outstanding: outstandingOf(aging),
    overdueApartments: Number(row.overdue),
  }
}
