import { SHARE_CATEGORIES } from '../fields/shareFields'
import type { ShareCategory } from '../fields/shareFields'

type Shares = Partial<Record<ShareCategory, null | number | undefined>>

/** A building's apartments split each expense category in per mille: together at most 1000. */
const BUILDING_SHARE_TOTAL = 1000

/**
 * The categories in which this apartment's shares would take its building past 1000 ‰, with the
 * field error each gets. `others` are the building's other apartments' totals. Pure.
 */
export const buildingShareProblems = ({
  others,
  shares,
}: {
  others: Record<ShareCategory, number>
  shares: Shares
}): { message: string; path: string }[] =>
  SHARE_CATEGORIES.flatMap((category) => {
    const own = Number(shares[category] ?? 0)
    const total = others[category] + own
    if (total <= BUILDING_SHARE_TOTAL) return []
    const room = Math.max(0, BUILDING_SHARE_TOTAL - others[category])
    return [
      {
        message: `The building's ${category} shares would add up to ${total} ‰; the other apartments hold ${others[category]} ‰, so at most ${room} ‰ is left`,
        path: `shares.${category}`,
      },
    ]
  })
