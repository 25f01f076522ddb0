import type { EstimatedImpact, PlannedItem } from './types'

/**
 * What a plan would do, summed for the job: items planned and skipped, validation errors, the
 * cents charged (in total, per building, per category), messages sent and export rows.
 */
export const estimateImpact = (items: readonly PlannedItem[]): EstimatedImpact => {
  const planned = items.filter((item) => item.status === 'pending')
  const byBuilding = new Map<number, { cents: number; items: number }>()
  const byCategory = new Map<null | number, number>()
  let totalCents = 0
  for (const item of planned) {
    const lineCents = item.preview.lines.reduce((sum, line) => sum + line.amount, 0)
    totalCents += lineCents
    const building = byBuilding.get(item.buildingId) ?? { cents: 0, items: 0 }
    byBuilding.set(item.buildingId, {
      cents: building.cents + lineCents,
      items: building.items + 1,
    })
    for (const line of item.preview.lines)
      byCategory.set(line.category, (byCategory.get(line.category) ?? 0) + line.amount)
  }
  return {
    byBuilding: [...byBuilding]
      .sort(([a], [b]) => a - b)
      .map(([building, totals]) => ({ building, ...totals })),
    byCategory: [...byCategory]
      .sort(([a], [b]) => (a ?? 0) - (b ?? 0))
      .map(([category, cents]) => ({ category, cents })),
    items: items.length,
    messages: planned.filter((item) => item.preview.message).length,
    planned: planned.length,
    rows: planned.filter((item) => item.preview.row).length,
    skipped: items.length - planned.length,
    totalCents,
    validationErrors: items.reduce((sum, item) => sum + item.validationErrors.length, 0),
  }
}
