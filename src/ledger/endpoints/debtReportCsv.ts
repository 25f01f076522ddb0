import { csvLine } from '../../lib/csv/csvLine'
import { formatCents } from '../../lib/money/formatCents'
import type { DebtRow } from '../operations/debtReport'

const DEBT_REPORT_COLUMNS = [
  'building',
  'apartment',
  'owner',
  'email',
  'phone',
  'balance',
  'oldest_unpaid_due_date',
  'days_overdue',
  'not_due',
  'days_0_30',
  'days_31_60',
  'days_61_90',
  'days_90_plus',
]

/** The debt report as CSV: amounts in currency units with two decimals, one apartment a line. */
export const debtReportCsv = (pages: AsyncIterable<DebtRow[]>): ReadableStream<Uint8Array> => {
  const encoder = new TextEncoder()
  const iterator = pages[Symbol.asyncIterator]()
  let headerSent = false
  return new ReadableStream({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true
        controller.enqueue(encoder.encode(csvLine(DEBT_REPORT_COLUMNS)))
        return
      }
      const next = await iterator.next()
      if (next.done) {
        controller.close()
        return
      }
      const text = next.value
        .map((row) =>
          csvLine([
            row.buildingName,
            row.apartmentLabel,
            row.ownerName,
            row.ownerEmail,
            row.ownerPhone,
            formatCents(row.balance),
            row.oldestUnpaidDueDate,
            row.daysOverdue,
            formatCents(row.buckets['not-due']),
            formatCents(row.buckets['0-30']),
            formatCents(row.buckets['31-60']),
            formatCents(row.buckets['61-90']),
            formatCents(row.buckets['90+']),
          ]),
        )
        .join('')
      controller.enqueue(encoder.encode(text))
    },
  })
}
