import { bulkReport } from './bulkReport'
import type { BulkRound } from './bulkReport'

const setting = {
  buildings: 200,
  dryRunsPerRun: 2,
  expenses: 600,
  items: 20_000,
  load: { after: 1.5, before: 1.2 },
  naiveCharges: 2_000,
  period: '2026-12',
}
const round = (over: Partial<BulkRound> = {}): BulkRound => ({
  charges: 60_000,
  dryRuns: [2_000, 2_500],
  executeMs: 15_000,
  naive: { charges: 2_000, ms: 20_000 },
  planMs: 400,
  startMs: 500,
  workMs: 14_500,
  ...over,
})

describe('the Bulk Ops bench report', () => {
  it('should state the data, the rounds and the load', () => {
    expect(bulkReport(setting, [round()])[0]).toBe(
      'Bulk Ops: `common-expense-issue` of 2026-12 over all 200 buildings: 20,000 items, 60,000 charges (600 expenses); ' +
        '1 rounds, each: 2 dry-runs, the naive loop on 2,000 charges, one execution; load average 1.2 before, 1.5 after (2 cores).',
    )
  })

  it('should judge the dry-run by the p50 of every dry-run of every round', () => {
    const within = bulkReport(setting, [
      round({ dryRuns: [2_000, 3_500] }),
      round({ dryRuns: [2_900, 3_100] }),
    ])
    expect(within.find((line) => line.startsWith('| dry-run'))).toBe(
      '| dry-run: plan + persist 20,000 items (4 runs; per round, first then again: 2,000 / 3,500, 2,900 / 3,100) | 2,900 | 3,500 | ' +
        '6,897 items/s; **within the 3 s target** |',
    )
    const over = bulkReport(setting, [round({ dryRuns: [3_200, 3_100] })])
    expect(over.find((line) => line.startsWith('| dry-run'))).toContain('**OVER the 3 s target**')
  })

  it('should compare the execution with the naive loop per charge', () => {
    // 10 ms a charge in the loop; 15 s for 60,000 charges is 0.25 ms: 40x.
    const lines = bulkReport(setting, [round()])
    expect(lines.find((line) => line.startsWith('| naive loop'))).toContain(
      '| 10.00 | 10.00 | 100 charges/s; the whole job would take ~600 s |',
    )
    expect(lines.find((line) => line.startsWith('| execute, time per charge'))).toBe(
      '| execute, time per charge | 0.250 | — | **40.0x faster than the naive loop: meets the 20x target** |',
    )
    const slow = bulkReport(setting, [round({ executeMs: 60_000 })])
    expect(slow.find((line) => line.startsWith('| execute, time per charge'))).toContain(
      '**10.0x faster than the naive loop: BELOW the 20x target**',
    )
  })

  it('should refuse to report nothing', () => {
    expect(() => bulkReport(setting, [])).toThrow(RangeError)
  })
})
