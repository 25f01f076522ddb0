import { periodOf } from '../../../src/ledger/engine/officeCalendar'
import { dunningStep } from './dunningStep'
import { selectPolicy } from './selectPolicy'
import { SKIP_REASONS } from './skipReasons'
import type { SkipReason } from './skipReasons'
import type {
  ApartmentPosition,
  ContactRecord,
  DunningContact,
  DunningPolicy,
  DunningSkip,
  PromiseToPay,
} from './types'

export type PlannedContact = DunningContact & {
  apartmentId: number
  buildingId: number
  idempotencyKey: string
}

export type PlannedSkip = DunningSkip & { apartmentId: number; buildingId: number }

export type RunCounters = {
  contacted: number
  /** Positions this run's policy governs: `contacted` plus every skip. */
  evaluated: number
  /** Positions passed in that another policy (or none) governs: not this run's business. */
  notGoverned: number
  skipped: Record<SkipReason, number>
}

export type RunPlan = {
  contacts: PlannedContact[]
  counters: RunCounters
  period: string
  skips: PlannedSkip[]
}

export type PlanRunInput = {
  asOf: string
  history: readonly ContactRecord[]
  officeId: number
  /** All the office's policies, so each position is checked against the one that governs it. */
  policies: readonly DunningPolicy[]
  /** The run's policy. */
  policyId: number
  positions: readonly ApartmentPosition[]
  promises: readonly PromiseToPay[]
}

/**
 * Plans one run of one policy: `dunningStep` for every position it governs, with counters and
 * each contact's idempotency key `office:policy:apartment:step:channel:period` (period: the
 * `asOf` month), the natural key that stops a retried or replayed run sending twice. A position
 * whose building another active policy governs (an override, or the default when this run is an
 * override's) is counted as not governed and left alone, so the default's run and an override's
 * run never write to the same apartment. Linear: policies, history and promises are indexed by
 * building or apartment once, never searched per position. Throws on a repeated apartment,
 * which means the caller's query joined something twice.
 */
export const planRun = ({
  asOf,
  history,
  officeId,
  policies,
  policyId,
  positions,
  promises,
}: PlanRunInput): RunPlan => {
  const period = periodOf(asOf)
  const governing = governingPolicies(policies.filter((policy) => policy.tenant === officeId))
  const historyOf = groupBy(history, (contact) => contact.apartmentId)
  const promisesOf = groupBy(promises, (promise) => promise.apartmentId)
  const counters: RunCounters = {
    contacted: 0,
    evaluated: 0,
    notGoverned: 0,
    skipped: Object.fromEntries(SKIP_REASONS.map((reason) => [reason, 0])) as Record<
      SkipReason,
      number
    >,
  }
  const contacts: PlannedContact[] = []
  const skips: PlannedSkip[] = []
  const seen = new Set<number>()

  for (const position of positions) {
    const { apartmentId, buildingId } = position
    if (seen.has(apartmentId))
      throw new RangeError(`apartment ${apartmentId} appears twice in one run`)
    seen.add(apartmentId)
    const policy = governing(buildingId)
    if (policy?.id !== policyId) {
      counters.notGoverned += 1
      continue
    }
    counters.evaluated += 1
    const decision = dunningStep({
      asOf,
      history: historyOf.get(apartmentId) ?? [],
      policy,
      position,
      promises: promisesOf.get(apartmentId) ?? [],
    })
    if (decision.kind === 'skip') {
      counters.skipped[decision.reason] += 1
      skips.push({ ...decision, apartmentId, buildingId })
      continue
    }
    counters.contacted += 1
    const idempotencyKey = `${officeId}:${policyId}:${apartmentId}:${decision.stepIndex}:${decision.channel}:${period}`
    contacts.push({ ...decision, apartmentId, buildingId, idempotencyKey })
  }
  return { contacts, counters, period, skips }
}

/**
 * `selectPolicy` once per building, over that building's overrides and the office defaults only,
 * so the cost grows with buildings and policies, not with apartments times policies.
 */
const governingPolicies = (policies: readonly DunningPolicy[]) => {
  const defaults = policies.filter((policy) => policy.building === null)
  const overrides = groupBy(
    policies.filter((policy) => policy.building !== null),
    (policy) => policy.building ?? 0,
  )
  const chosen = new Map<number, DunningPolicy | null>()
  return (buildingId: number): DunningPolicy | null => {
    if (!chosen.has(buildingId)) {
      chosen.set(
        buildingId,
        selectPolicy({ buildingId, policies: [...(overrides.get(buildingId) ?? []), ...defaults] }),
      )
    }
    return chosen.get(buildingId) ?? null
  }
}

const groupBy = <T>(rows: readonly T[], key: (row: T) => number) => {
  const groups = new Map<number, T[]>()
  for (const row of rows) {
    const group = groups.get(key(row))
    if (group) group.push(row)
    else groups.set(key(row), [row])
  }
  return groups
}
