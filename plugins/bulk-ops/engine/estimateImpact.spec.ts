import { estimateImpact } from './estimateImpact'
import type { ChargeLine, PlannedItem } from './types'

const line = (amount: number, category: number): ChargeLine => ({
  amount,
  category,
  description: 'x',
  dueDate: '2026-03-10',
  period: '2026-02',
  reference: `r${amount}`,
  source: 'common-expense',
})

const item = (
  buildingId: number,
  lines: ChargeLine[],
  fields: Partial<PlannedItem> = {},
): PlannedItem => ({
  amount: lines.reduce((sum, l) => sum + l.amount, 0),
  apartmentId: 1,
  buildingId,
  preview: { after: 0, before: 0, lines },
  status: 'pending',
  validationErrors: [],
  ...fields,
})

describe('estimateImpact', () => {
  it('should sum the planned items by building and category and count the skipped ones and their errors', () => {
    const impact = estimateImpact([
      item(10, [line(100, 5), line(50, 6)]),
      item(11, [line(200, 5)]),
      item(11, [], {
        status: 'skipped',
        validationErrors: [
          { code: 'no-shares', message: 'x' },
          { code: 'no-shares', message: 'y' },
        ],
      }),
    ])
    expect(impact).toEqual({
      byBuilding: [
        { building: 10, cents: 150, items: 1 },
        { building: 11, cents: 200, items: 1 },
      ],
      byCategory: [
        { category: 5, cents: 300 },
        { category: 6, cents: 50 },
      ],
      items: 3,
      messages: 0,
      planned: 2,
      rows: 0,
      skipped: 1,
      totalCents: 350,
      validationErrors: 2,
    })
  })

  it('should count messages and rows', () => {
    const message = { body: 'b', channel: 'email' as const, subject: 's', to: 't@x.gr' }
    const impact = estimateImpact([
      item(10, [], { preview: { after: 0, before: 0, lines: [], message } }),
    ])
    expect(impact).toMatchObject({ messages: 1, rows: 0, totalCents: 0 })
  })
})
