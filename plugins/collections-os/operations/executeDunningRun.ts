import { createLocalReq } from 'payload'
import type { Payload } from 'payload'

import { writeAuditEvent } from '../../../src/lib/audit/writeAuditEvents'
import { poolOf } from '../../../src/lib/db/poolOf'
import { sendNotifications } from '../../../src/lib/notifications/sendNotifications'
import { isUnsent } from '../../../src/lib/notifications/claimDeliveries'
import { currentTraceId } from '../../../src/lib/trace/traceContext'
import { officeToday } from '../../../src/ledger/engine/officeCalendar'
import { DUNNING_ACTOR, DUNNING_POLICIES, DUNNING_RUNS } from '../constants'
import { planRun } from '../engine/planRun'
import type { PlanRunInput, RunCounters, RunPlan } from '../engine/planRun'
import { renderTemplate } from '../engine/renderTemplate'
import { policyFromDoc } from '../collections/policyFromDoc'
import { applyStepActions } from './applyStepActions'
import type { StepActionsResult } from './applyStepActions'
import { loadRunInput } from './loadRunInput'
import { recordReminderDeliveries, recordRunMetrics } from './recordRunMetrics'
import { settlePromises } from './settlePromises'
import { statementLinkOf } from '../../../src/lib/statement/statementLinkOf'
import { officeLocale } from '../../../src/lib/locale/officeLocale'
import { REMINDER_WORDING } from '../../../src/lib/notifications/reminderWording'

const EVENT_BATCH = 1_000

/**
 * Executes one dunning run: settle the office's promises (kept, broken), plan with the engine,
 * record an event per apartment, carry out the steps' actions (late fees, manager tasks), send the
 * contacts through `sendNotifications`, link each event to its delivery, close the run. Safe to
 * retry or replay: the run's own earlier events are not history (it plans the same contacts
 * again), events, fees, tasks and deliveries are unique by the contact's key, and sending the
 * same messages again attempts only those no provider accepted, so an apartment is never
 * contacted twice for the same step, channel and month. A message that cannot be sent does not
 * fail the run: the notifications' one retry mechanism keeps trying it (`notifications.deliver`),
 * the run counts it as undelivered, and a replay resumes it once the operator has fixed the cause
 * (`replayDunningRun`). The run fails (and the queue retries it) only when it cannot do its own
 * work: the database, a message that cannot be written. A dry run
 * plans and counts without writing events, fees, tasks or sending (promises are still settled:
 * that is bookkeeping of what already happened, not an action of the run).
 */
export const executeDunningRun = async ({
  payload,
  runId,
}: {
  payload: Payload
  runId: number
}): Promise<RunCounters> => {
  const startedAt = performance.now()
  const run = await payload.findByID({ collection: DUNNING_RUNS, depth: 0, id: runId })
  const officeId = run.tenant as number
  const office = await payload.findByID({ collection: 'offices', depth: 0, id: officeId })
  const policyDoc = await payload.findByID({
    collection: DUNNING_POLICIES,
    depth: 0,
    id: run.policy as number,
  })
  const policy = policyFromDoc(policyDoc)
  const asOf = run.asOf ?? officeToday(office.timezone)
  await payload.update({
    collection: DUNNING_RUNS,
    data: {
      asOf,
      attempts: (run.attempts ?? 0) + 1,
      startedAt: new Date().toISOString(),
      status: 'running',
      traceId: currentTraceId(),
    },
    id: runId,
  })
  const req = await createLocalReq({ context: { actor: DUNNING_ACTOR } }, payload)

  await settlePromises({ asOf, officeId, req, timezone: office.timezone })
  const input = await loadRunInput({
    asOf,
    excludeRunId: runId,
    historyOfPolicyOnly: true,
    officeId,
    payload,
    policyId: policy.id,
    timezone: office.timezone,
  })
  const buildingId = typeof run.building === 'number' ? run.building : null
  const plan = planRun(
    buildingId === null
      ? input
      : { ...input, positions: input.positions.filter((p) => p.buildingId === buildingId) },
  )
  let actions: StepActionsResult = { lateFees: 0, lateFeeTotal: 0, tasks: 0 }
  let undelivered = 0
  if (!run.isDryRun) {
    await recordEvents({ officeId, payload, plan, runId })
    actions = await applyStepActions({
      asOf,
      contacts: plan.contacts,
      officeId,
      period: plan.period,
      req,
      runId,
    })
    const messages = composeMessages({ office, plan, policy, positions: input.positions })
    const sent = await sendNotifications({ messages, payload })
    await linkDeliveries({
      payload,
      sent: sent.map((result, index) => [messages[index].idempotencyKey, result.delivery.id]),
    })
    recordReminderDeliveries({
      deliveries: sent.filter((r) => r.isAttempted).map((r) => r.delivery),
    })
    // A delivery the provider accepted and later reported bounced is a final answer; only the
    // messages that never reached a provider count as undelivered.
    undelivered = sent.filter((r) => isUnsent(r.delivery)).length
  }

  const { skipped, ...counts } = plan.counters
  await payload.update({
    collection: DUNNING_RUNS,
    data: {
      contacted: counts.contacted,
      error: null,
      evaluated: counts.evaluated,
      finishedAt: new Date().toISOString(),
      skipped,
      status: 'completed',
    },
    id: runId,
  })
  await writeAuditEvent({
    event: {
      action: run.isDryRun ? 'dunning-run.planned' : 'dunning-run.completed',
      actorLabel: DUNNING_ACTOR,
      after: { ...plan.counters, ...actions, undelivered },
      entityId: runId,
      entityType: DUNNING_RUNS,
      idempotencyKey: `dunning-run:${runId}`,
      tenant: officeId,
    },
    req,
  })
  recordRunMetrics({
    counters: plan.counters,
    durationSeconds: (performance.now() - startedAt) / 1000,
    isDryRun: Boolean(run.isDryRun),
    outcome: 'completed',
  })
  return plan.counters
}

/** One event per planned apartment, `EVENT_BATCH` rows per statement; a retry's rows already exist. */
const recordEvents = async ({
  officeId,
  payload,
  plan,
  runId,
}: {
  officeId: number
  payload: Payload
  plan: RunPlan
  runId: number
}) => {
  const pool = poolOf(payload)
  const rows = [
    ...plan.contacts.map((c) => [
      c.apartmentId,
      c.buildingId,
      'sent',
      null,
      c.stepIndex,
      c.channel,
      c.amountOverdue,
      c.daysOverdue,
      c.idempotencyKey,
    ]),
    ...plan.skips.map((s) => [
      s.apartmentId,
      s.buildingId,
      'skipped',
      s.reason,
      s.stepIndex,
      null,
      s.amountOverdue,
      s.daysOverdue,
      null,
    ]),
  ]
  for (let start = 0; start < rows.length; start += EVENT_BATCH) {
    const batch = rows.slice(start, start + EVENT_BATCH)
    const column = (index: number) => batch.map((row) => row[index])
    await pool.query(
      `insert into dunning_events (tenant_id, run_id, apartment_id, building_id, outcome, skip_reason, step_index, channel,
         amount_overdue, days_overdue, idempotency_key)
       select $1, $2, * from unnest($3::int[], $4::int[], $5::enum_dunning_events_outcome[], $6::enum_dunning_events_skip_reason[],
         $7::int[], $8::enum_dunning_events_channel[], $9::numeric[], $10::numeric[], $11::varchar[])
       on conflict (idempotency_key) do nothing`,
      [
        officeId,
        runId,
        column(0),
        column(1),
        column(2),
        column(3),
        column(4),
        column(5),
        column(6),
        column(7),
        column(8),
      ],
    )
  }
}

type OfficeDoc = { currency: string; locale?: null | string }

/** The message of every planned contact, in the office's language, with the owner's statement link. */
const composeMessages = ({
  office,
  plan,
  policy,
  positions,
}: {
  office: OfficeDoc & { id: number }
  plan: RunPlan
  policy: ReturnType<typeof policyFromDoc>
  positions: PlanRunInput['positions']
}) => {
  const linkOf = statementLinkOf({ officeId: office.id })
  const ownerOf = new Map(positions.map((position) => [position.apartmentId, position.owner.name]))
  const locale = officeLocale(office.locale)
  return plan.contacts.map((contact) => {
    const rendered = renderTemplate({
      currency: office.currency,
      locale,
      template: policy.steps[contact.stepIndex].template,
      values: {
        amount: contact.amountOverdue,
        daysOverdue: contact.daysOverdue,
        owner: ownerOf.get(contact.apartmentId) || REMINDER_WORDING[locale].owner,
        paymentLink: linkOf(contact.apartmentId),
      },
    })
    // Policies are checked on save; a message that still cannot be written fails the run, so
    // the queue retries and an operator sees it, rather than an owner silently not being told.
    if (!rendered.text)
      throw new Error(`apartment ${contact.apartmentId}: ${rendered.errors.join('; ')}`)
    return {
      apartment: contact.apartmentId,
      body: rendered.text,
      building: contact.buildingId,
      channel: contact.channel,
      idempotencyKey: `${DELIVERY_KEY_PREFIX}${contact.idempotencyKey}`,
      subject: REMINDER_WORDING[locale].subject,
      tenant: office.id,
      to: contact.to,
    }
  })
}

/** A contact's delivery key is its event key with this prefix (keys are global across features). */
const DELIVERY_KEY_PREFIX = 'dunning:'

/** Links each event to its delivery, one statement. */
const linkDeliveries = async ({
  payload,
  sent,
}: {
  payload: Payload
  sent: (readonly [string, number])[]
}) => {
  if (sent.length === 0) return
  await poolOf(payload).query(
    `update dunning_events e set delivery_id = x.delivery from unnest($1::varchar[], $2::int[]) as x(key, delivery)
     where e.idempotency_key = x.key and e.delivery_id is null`,
    [
      sent.map(([key]) => key.slice(DELIVERY_KEY_PREFIX.length)),
      sent.map(([, delivery]) => delivery),
    ],
  )
}
