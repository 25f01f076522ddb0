import type { PayloadRequest } from 'payload'

import { inTransaction } from '../../lib/db/inTransaction'
import { dbFor, sql } from '../../lib/db/transaction'
import { currentTraceId } from '../../lib/trace/traceContext'
import type { PaymentEvent } from '../endpoints/paymentEvent'
import { recordPayment } from './recordPayment'

export type WebhookResult = {
  body: Record<string, unknown>
  outcome: 'matched' | 'replay' | 'unmatched'
  status: number
}

type Office = { currency: string; id: number }

const unmatchedReason = async (req: PayloadRequest, office: Office, event: PaymentEvent) => {
  if (event.currency !== office.currency)
    return { apartmentId: null, reason: `currency ${event.currency} is not ${office.currency}` }
  const apartmentId = /^\d{1,9}$/.test(event.apartmentReference)
    ? Number(event.apartmentReference)
    : null
  const db = await dbFor(req)
  // Events of one bank reference take turns (until the transaction ends): the second sees the
  // first's payment and is kept as a duplicate, instead of both passing this check and one of
  // them failing on the unique reference.
  await db.execute(sql`select pg_advisory_xact_lock(${office.id}, hashtext(${event.reference}))`)
  const { rows } = await db.execute<{ apartment: null | number; duplicate: boolean }>(sql`
    select (select id from apartments where id = ${apartmentId ?? 0} and tenant_id = ${office.id}) as apartment,
           exists(select 1 from payments where tenant_id = ${office.id} and external_reference = ${event.reference}) as duplicate`)
  if (rows[0].duplicate)
    return { apartmentId: null, reason: `reference ${event.reference} was already recorded` }
  if (rows[0].apartment === null)
    return { apartmentId: null, reason: 'unknown apartment reference' }
  return { apartmentId: rows[0].apartment, reason: null }
}

/**
 * Records one provider event exactly once. The event row is claimed first inside the transaction;
 * a concurrent duplicate waits on the unique index and then finds it, and a replay returns the
 * stored answer. Different events of one bank reference are serialised (an advisory lock on the
 * office and the reference), so the first answer of each is already the final one. A payment that matches no apartment of the office (or arrives in another
 * currency, or repeats a bank reference) is kept as an unmatched payment, never dropped.
 */
export const recordWebhookPayment = async ({
  event,
  office,
  rawPayload,
  req,
}: {
  event: PaymentEvent
  office: Office
  rawPayload: unknown
  req: PayloadRequest
}): Promise<WebhookResult> => {
  const answered = await inTransaction(req, async (db): Promise<null | WebhookResult> => {
    const claim = await db.execute<{ id: number }>(sql`
      insert into payment_webhook_events (tenant_id, event_id, trace_id)
      values (${office.id}, ${event.eventId}, ${currentTraceId() ?? null})
      on conflict (tenant_id, event_id) do nothing returning id`)
    // Claimed already: the first delivery's answer is read after this (empty) transaction ends.
    if (claim.rows.length === 0) return null

    const match = await unmatchedReason(req, office, event)
    let result: WebhookResult
    if (match.apartmentId !== null) {
      const payment = await recordPayment({
        idempotencyKey:
          typeof req.context.idempotencyKey === 'string' ? req.context.idempotencyKey : undefined,
        payment: {
          amount: event.amount,
          apartment: match.apartmentId,
          externalReference: event.reference,
          method: event.method,
          office: office.id,
          receivedAt: event.receivedAt,
          source: 'webhook',
        },
        req,
      })
      if (!payment)
        throw new Error(`apartment ${match.apartmentId} vanished while recording a payment`)
      result = {
        body: { paymentId: payment.id, status: 'matched' },
        outcome: 'matched',
        status: 201,
      }
    } else {
      const unmatched = await req.payload.create({
        collection: 'unmatched-payments',
        data: {
          amount: event.amount,
          apartmentReference: event.apartmentReference,
          externalReference: event.reference,
          note: match.reason,
          providerEventId: event.eventId,
          rawPayload: rawPayload as Record<string, unknown>,
          receivedAt: event.receivedAt,
          status: 'open',
          tenant: office.id,
        },
        depth: 0,
        req,
      })
      result = {
        body: { reason: match.reason, status: 'unmatched', unmatchedPaymentId: unmatched.id },
        outcome: 'unmatched',
        status: 202,
      }
    }
    await db.execute(sql`
      update payment_webhook_events
      set outcome = ${result.outcome}, response_status = ${result.status}, response_body = ${JSON.stringify(result.body)}::jsonb
      where id = ${claim.rows[0].id}`)
    return result
  })
  return answered ?? replayOf(req, office, event.eventId)
}

const replayOf = async (
  req: PayloadRequest,
  office: Office,
  eventId: string,
): Promise<WebhookResult> => {
  const db = await dbFor(req) // the transaction was released: this reads what the first delivery committed
  const { rows } = await db.execute<{
    response_body: Record<string, unknown> | null
    response_status: null | number
  }>(
    sql`select response_status, response_body from payment_webhook_events where tenant_id = ${office.id} and event_id = ${eventId}`,
  )
  const stored = rows[0]
  if (!stored?.response_status)
    return {
      body: { message: 'This event is still being processed' },
      outcome: 'replay',
      status: 409,
    }
  return { body: stored.response_body ?? {}, outcome: 'replay', status: stored.response_status }
}
