import { createLocalReq, type Payload } from 'payload'

import { writeAuditEvent } from '../../../src/lib/audit'
import { readEnv } from '../../../src/lib/env'
import { poolOf } from '../../../src/lib/db/poolOf'
import { sendNotifications } from '../../../src/lib/notifications'
import { currentTraceId } from '../../../src/lib/trace/traceContext'
import { officeToday } from '../../../src/ledger/engine/officeCalendar'
import { DUNNING_POLICIES, DUNNING_RUNS } from '../constants'
import { planRun, type RunCounters } from '../engine/planRun'
import { renderTemplate } from '../engine/renderTemplate'
import { policyFromDoc } from '../collections/policyFromDoc'
import { loadRunInput } from './loadRunInput'
import { statementLink } from './statementLink'

const EVENT_BATCH = 1_000

/**
 * Executes one dunning run: plan with the engine, record an event per apartment, send the
 * contacts through `sendNotifications`, link each event to its delivery, close the run. Safe to
 * retry or replay: events are unique by their idempotency key (a second attempt inserts nothing
 * new) and the deliveries use the same key, so an apartment is never contacted twice for the same
 * step, channel and month. A dry run plans and counts without writing events or sending.
 */
export const executeDunningRun = async ({ payload, runId }: { payload: Payload; runId: number }): Promise<RunCounters> => {
  const run = await payload.findByID({ collection: DUNNING_RUNS, depth: 0, id: runId })
  const officeId = run.tenant as number
  const office = await payload.findByID({ collection: 'offices', depth: 0, id: officeId })
  const policyDoc = await payload.findByID({ collection: DUNNING_POLICIES, depth: 0, id: run.policy as number })
  const policy = policyFromDoc(policyDoc as never)
  const asOf = run.asOf ?? officeToday(office.timezone)
  await payload.update({
    collection: DUNNING_RUNS,
    data: { asOf, attempts: (run.attempts ?? 0) + 1, startedAt: new Date().toISOString(), status: 'running', traceId: currentTraceId() },
    id: runId,
  })

  const input = await loadRunInput({ asOf, officeId, payload, policyId: policy.id, timezone: office.timezone })
  const plan = planRun(input)
  const ownerOf = new Map(input.positions.map((position) => [position.apartmentId, position.owner.name]))
  const env = readEnv()
  if (!run.isDryRun) {
    const pool = poolOf(payload)
    const rows = [
      ...plan.contacts.map((c) => [c.apartmentId, c.buildingId, 'sent', null, c.stepIndex, c.channel, c.amountOverdue, c.daysOverdue, c.idempotencyKey]),
      ...plan.skips.map((s) => [s.apartmentId, s.buildingId, 'skipped', s.reason, s.stepIndex, null, s.amountOverdue, s.daysOverdue, null]),
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
        [officeId, runId, column(0), column(1), column(2), column(3), column(4), column(5), column(6), column(7), column(8)],
      )
    }
    const locale = office.locale === 'en' ? 'en' : 'el'
    const messages = plan.contacts.map((contact) => {
      const rendered = renderTemplate({
        currency: office.currency,
        locale,
        template: policy.steps[contact.stepIndex].template,
        values: {
          amount: contact.amountOverdue,
          daysOverdue: contact.daysOverdue,
          owner: ownerOf.get(contact.apartmentId) || (locale === 'el' ? 'ιδιοκτήτη' : 'owner'),
          paymentLink: statementLink({
            apartmentId: contact.apartmentId,
            baseUrl: env.serverUrl ?? 'http://localhost:3000',
            secret: env.payloadSecret,
          }),
        },
      })
      // Policies are checked on save; a message that still cannot be written fails the run, so
      // the queue retries and an operator sees it, rather than an owner silently not being told.
      if (!rendered.text) throw new Error(`apartment ${contact.apartmentId}: ${rendered.errors.join('; ')}`)
      return {
        apartment: contact.apartmentId,
        body: rendered.text,
        building: contact.buildingId,
        channel: contact.channel,
        idempotencyKey: `dunning:${contact.idempotencyKey}`,
        subject: locale === 'el' ? 'Υπενθύμιση οφειλής κοινοχρήστων' : 'Common charges reminder',
        tenant: officeId,
        to: contact.to,
      }
    })
    const sent = await sendNotifications({ messages, payload })
    const linked = sent.map((result, index) => [messages[index].idempotencyKey.slice('dunning:'.length), result.delivery.id] as const)
    if (linked.length > 0) {
      await pool.query(
        `update dunning_events e set delivery_id = x.delivery from unnest($1::varchar[], $2::int[]) as x(key, delivery)
         where e.idempotency_key = x.key and e.delivery_id is null`,
        [linked.map(([key]) => key), linked.map(([, delivery]) => delivery)],
      )
    }
  }

  const { skipped, ...counts } = plan.counters
  await payload.update({
    collection: DUNNING_RUNS,
    data: { contacted: counts.contacted, evaluated: counts.evaluated, finishedAt: new Date().toISOString(), skipped, status: 'completed' },
    id: runId,
  })
  const req = await createLocalReq({ context: { actor: 'system:dunning' } }, payload)
  await writeAuditEvent({
    event: {
      action: run.isDryRun ? 'dunning-run.planned' : 'dunning-run.completed',
      actorLabel: 'system:dunning',
      after: plan.counters,
      entityId: runId,
      entityType: DUNNING_RUNS,
      idempotencyKey: `dunning-run:${runId}`,
      tenant: officeId,
    },
    req,
  })
  return plan.counters
}
