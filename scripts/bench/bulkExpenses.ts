/** Monthly cost ranges of a building's expense per share column, in cents (lowest, span). */
const RANGES: Record<string, [number, number]> = {
  elevator: [15_000, 20_000],
  general: [120_000, 120_000],
  heating: [80_000, 120_000],
}
const OTHER: [number, number] = [50_000, 50_000]

export type BenchExpenseRow = {
  amount: number
  buildingId: number
  categoryId: number
  description: string
}

/**
 * The bench's expenses: one per building and category, amounts varying by building within a
 * plausible monthly range and never whole euros, so every split has remainder cents to place.
 * Deterministic, so every seeded bench database issues the same month.
 */
export const benchExpenseRows = ({
  buildings,
  categories,
  prefix,
}: {
  buildings: readonly number[]
  categories: readonly { id: number; shareColumn: string }[]
  prefix: string
}): BenchExpenseRow[] =>
  buildings.flatMap((buildingId, buildingIndex) =>
    categories.map((category, categoryIndex) => {
      const [lowest, span] = RANGES[category.shareColumn] ?? OTHER
      const step = ((buildingIndex + 1) * 7_919 + (categoryIndex + 1) * 104_729) % span
      return {
        amount: lowest + step - (step % 100) + 1 + (step % 99),
        buildingId,
        categoryId: category.id,
        description: `${prefix} ${category.shareColumn} of building ${buildingId}`,
      }
    }),
  )
