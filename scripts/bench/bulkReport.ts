import { BULK_TARGETS, grouped, perChargeSpeedup, perSecond } from './bulkRates'
import { percentile } from './stats'

/** What one bench round measured, in ms. */
export type BulkRound = {
  /** Charges the execution issued. */
  charges: number
  /** The round's dry-runs: the first plans the fresh job, the others replace its plan. */
  dryRuns: number[]
  /** computePlan alone (load, split, hash), after the dry-runs. */
  planMs: number
  /** execute as the office waits for it: `startMs` (the API call) + `workMs` (the worker). */
  executeMs: number
  startMs: number
  workMs: number
  naive: { charges: number; ms: number }
}

export type BulkSetting = {
  buildings: number
  dryRunsPerRun: number
  expenses: number
  items: number
  load: { after: number; before: number }
  naiveCharges: number
  period: string
}

const p50 = (values: number[]) => percentile(values, 50)
const p95 = (values: number[]) => percentile(values, 95)
const list = (values: number[], digits = 0) =>
  values.map((value) => grouped(value, digits)).join(', ')
const row = (label: string, p50Cell: string, p95Cell: string, note = '') =>
  `| ${label} | ${p50Cell} | ${p95Cell} | ${note} |`

/**
 * The Bulk Ops section of the bench's output (Markdown): dry-run and execution with their rates
 * and verdicts against the targets, the naive loop per charge, and the per-charge ratio of the
 * execution's p50 to the loop's p50, both measured in the same rounds.
 */
export const bulkReport = (setting: BulkSetting, rounds: readonly BulkRound[]): string[] => {
  if (rounds.length === 0) throw new RangeError('no rounds')
  const charges = rounds[0].charges
  const dryRuns = rounds.flatMap((round) => round.dryRuns)
  const executes = rounds.map((round) => round.executeMs)
  const naivePerCharge = rounds.map((round) => round.naive.ms / round.naive.charges)
  const dryRun = p50(dryRuns)
  const execute = p50(executes)
  const naive = p50(naivePerCharge)
  const speedup = perChargeSpeedup({
    execute: { charges, ms: execute },
    naive: { charges: 1, ms: naive },
  })
  const part = (label: string, pick: (round: BulkRound) => number) =>
    row(label, grouped(p50(rounds.map(pick))), grouped(p95(rounds.map(pick))))
  return [
    `Bulk Ops: \`common-expense-issue\` of ${setting.period} over all ${setting.buildings} buildings: ${grouped(setting.items)} items, ` +
      `${grouped(charges)} charges (${setting.expenses} expenses); ${rounds.length} rounds, each: ${setting.dryRunsPerRun} dry-runs, the naive ` +
      `loop on ${grouped(setting.naiveCharges)} charges, one execution; load average ${setting.load.before.toFixed(1)} before, ` +
      `${setting.load.after.toFixed(1)} after (2 cores).`,
    '',
    '| measurement | p50 ms | p95 ms | rate / against the target |',
    '| --- | ---: | ---: | --- |',
    row(
      `dry-run: plan + persist ${grouped(setting.items)} items (${dryRuns.length} runs; per round, first then again: ${rounds.map((r) => r.dryRuns.map((ms) => grouped(ms)).join(' / ')).join(', ')})`,
      grouped(dryRun),
      grouped(p95(dryRuns)),
      `${grouped(perSecond(setting.items, dryRun))} items/s; **${dryRun <= BULK_TARGETS.dryRunMs ? 'within' : 'OVER'} the 3 s target**`,
    ),
    part('  of which the plan alone (computePlan: load, split, hash)', (round) => round.planMs),
    row(
      `execute: executeBulkJob + the worker's processBulkJob (${rounds.length} runs: ${list(executes)})`,
      grouped(execute),
      grouped(p95(executes)),
      `${grouped(perSecond(charges, execute))} charges/s`,
    ),
    part(
      '  of which executeBulkJob (plan again, hash check, switch, enqueue)',
      (round) => round.startMs,
    ),
    part('  of which processBulkJob (the worker, batches of 500 items)', (round) => round.workMs),
    row(
      `naive loop: one \`payload.create\` per charge, time per charge (${rounds.length} samples of ${grouped(setting.naiveCharges)}: ${list(naivePerCharge, 2)})`,
      grouped(naive, 2),
      grouped(p95(naivePerCharge), 2),
      `${grouped(perSecond(1, naive))} charges/s; the whole job would take ~${grouped((naive * charges) / 1_000)} s`,
    ),
    row(
      'execute, time per charge',
      grouped(execute / charges, 3),
      '—',
      `**${speedup.toFixed(1)}x faster than the naive loop: ${speedup >= BULK_TARGETS.speedup ? 'meets' : 'BELOW'} the 20x target**`,
    ),
  ]
}
