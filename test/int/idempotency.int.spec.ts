import config from '@payload-config'
import {
  addDataAndFileToRequest,
  commitTransaction,
  createPayloadRequest,
  initTransaction,
  killTransaction,
} from 'payload'
import type { Payload, PayloadHandler, PayloadRequest } from 'payload'

import { writeAuditEvent } from '../../src/lib/audit/writeAuditEvents'
import { cleanupIdempotencyKeys } from '../../src/lib/idempotency/cleanupIdempotencyKeys'
import { IDEMPOTENCY_HEADER, REPLAYED_HEADER } from '../../src/lib/idempotency/constants'
import { withIdempotency } from '../../src/lib/idempotency/withIdempotency'
import { startPayload } from '../helpers/testPayload'
import { buildWorld } from '../helpers/world'
import type { World } from '../helpers/world'
import { poolOf } from '../../src/lib/db/poolOf'

/**
 * `withIdempotency` around a small payment endpoint whose effect is an audit event carrying the
 * key, called with real PayloadRequests built the way Payload builds them for custom endpoints.
 */
let payload: Payload
let world: World

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload)
})

const pool = () => poolOf(payload)

type PaymentBody = { amountCents: number; office: number; reference?: string }

const uniqueKey = (label: string) =>
  `${label}-${process.pid}-${Math.random().toString(36).slice(2)}`

/** The endpoint's effect: one audit event per payment, in the handler's own transaction. */
const recordPayment = async (req: PayloadRequest, data: PaymentBody): Promise<Response> => {
  await initTransaction(req)
  try {
    const event = await writeAuditEvent({
      event: {
        action: 'payment.recorded',
        after: data,
        entityId: data.reference ?? 'none',
        entityType: 'payments',
        idempotencyKey: req.headers.get(IDEMPOTENCY_HEADER) ?? undefined,
        tenant: data.office,
      },
      req,
    })
    await commitTransaction(req)
    return Response.json({ amountCents: data.amountCents, eventId: event.id }, { status: 201 })
  } catch (err) {
    await killTransaction(req)
    throw err
  }
}

const scope = (req: PayloadRequest) => (req.data as PaymentBody | undefined)?.office ?? null

/** Reads the body the way Payload's own endpoints do. */
const paymentHandler = withIdempotency(
  async (req) => {
    await addDataAndFileToRequest(req)
    return recordPayment(req, req.data as PaymentBody)
  },
  { scope },
)

const effects = async (key: string): Promise<number> =>
  (
    await pool().query<{ count: number }>(
      'select count(*)::int as count from audit_events where idempotency_key = $1',
      [key],
    )
  ).rows[0].count

type Call = {
  body?: unknown
  key?: string
  method?: string
  path?: string
  rawBody?: string
  token?: string
}

const call = async (
  handler: PayloadHandler,
  { body, key, method = 'POST', path = '/api/test/payments', rawBody, token }: Call,
) => {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (key !== undefined) headers[IDEMPOTENCY_HEADER] = key
  if (token) headers.authorization = `JWT ${token}`
  const request = new Request(`http://localhost${path}`, {
    body: rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
    headers,
    method,
  })
  const req = await createPayloadRequest({ config, request })
  const response = await handler(req)
  const text = await response.text()
  return {
    body: text ? JSON.parse(text) : null,
    headers: response.headers,
    status: response.status,
  }
}

const deferred = () => {
  let resolve!: () => void
  const promise = new Promise<void>((done) => {
    resolve = done
  })
  return { promise, resolve }
}

describe('the Idempotency-Key header', () => {
  it('should be required, and the handler should not run without it', async () => {
    let calls = 0
    const handler = withIdempotency(
      async () => {
        calls += 1
        return Response.json({}, { status: 201 })
      },
      { scope },
    )
    const response = await call(handler, { body: { amountCents: 1, office: world.a.office.id } })

    expect(response.status).toBe(400)
    expect(response.body.errors).toEqual([
      expect.objectContaining({ field: 'Idempotency-Key', message: expect.any(String) }),
    ])
    expect(calls).toBe(0)
  })

  it('should refuse a key longer than 255 characters', async () => {
    const response = await call(paymentHandler, {
      body: { amountCents: 1, office: world.a.office.id },
      key: 'k'.repeat(256),
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].field).toBe('Idempotency-Key')
    expect(await effects('k'.repeat(256))).toBe(0)
  })

  it('should let requests without a key through when not required', async () => {
    let calls = 0
    const handler = withIdempotency(
      async () => {
        calls += 1
        return Response.json({ ok: true })
      },
      { required: false, scope },
    )
    await call(handler, { body: {} })
    await call(handler, { body: {} })
    expect(calls).toBe(2)
  })
})

describe('replaying', () => {
  it('should replay the stored status and body for the same key and body, with the effect done once', async () => {
    const key = uniqueKey('replay')
    const first = await call(paymentHandler, {
      body: { amountCents: 500, office: world.a.office.id, reference: 'r1' },
      key,
    })
    // The same JSON with its keys in another order is the same request.
    const second = await call(paymentHandler, {
      body: { reference: 'r1', office: world.a.office.id, amountCents: 500 },
      key,
    })

    expect(first.status).toBe(201)
    expect(first.headers.get(REPLAYED_HEADER)).toBeNull()
    expect(second.status).toBe(201)
    expect(second.body).toEqual(first.body)
    expect(second.headers.get(REPLAYED_HEADER)).toBe('true')
    expect(second.headers.get('content-type')).toContain('application/json')
    expect(await effects(key)).toBe(1)
  })

  it('should replay a stored client error too', async () => {
    const key = uniqueKey('client-error')
    let calls = 0
    const handler = withIdempotency(
      async () => {
        calls += 1
        return Response.json(
          { errors: [{ field: 'amountCents', message: 'Must be positive' }] },
          { status: 400 },
        )
      },
      { scope },
    )
    const body = { amountCents: -1, office: world.a.office.id }
    const first = await call(handler, { body, key })
    const second = await call(handler, { body, key })

    expect([first.status, second.status]).toEqual([400, 400])
    expect(second.body).toEqual(first.body)
    expect(second.headers.get(REPLAYED_HEADER)).toBe('true')
    expect(calls).toBe(1)
  })

  it('should answer 422 to the same key with a different body, and do nothing', async () => {
    const key = uniqueKey('conflict')
    await call(paymentHandler, { body: { amountCents: 500, office: world.a.office.id }, key })
    const second = await call(paymentHandler, {
      body: { amountCents: 501, office: world.a.office.id },
      key,
    })

    expect(second.status).toBe(422)
    expect(second.body.errors[0].field).toBe('Idempotency-Key')
    expect(await effects(key)).toBe(1)
  })

  it('should answer 422 to the same key and body from another user', async () => {
    const key = uniqueKey('other-user')
    const body = { amountCents: 700, office: world.a.office.id }
    const first = await call(paymentHandler, { body, key, token: world.actors.adminA.token })
    const second = await call(paymentHandler, { body, key, token: world.actors.accountantA.token })

    expect(first.status).toBe(201)
    expect(second.status).toBe(422)
    expect(await effects(key)).toBe(1)
  })

  it('should keep keys per office: the same key in two offices is two requests', async () => {
    const key = uniqueKey('offices')
    const inA = await call(paymentHandler, {
      body: { amountCents: 100, office: world.a.office.id },
      key,
    })
    const inB = await call(paymentHandler, {
      body: { amountCents: 100, office: world.b.office.id },
      key,
    })

    expect([inA.status, inB.status]).toEqual([201, 201])
    expect(inB.headers.get(REPLAYED_HEADER)).toBeNull()
    expect(inB.body.eventId).not.toBe(inA.body.eventId)
    expect(await effects(key)).toBe(2)
  })
})

describe('concurrent requests', () => {
  it('should answer 409 with Retry-After while the first request is in flight', async () => {
    const key = uniqueKey('in-flight')
    const entered = deferred()
    const release = deferred()
    const slowHandler = withIdempotency(
      async (req) => {
        entered.resolve()
        await release.promise
        return recordPayment(req, (await req.json!()) as PaymentBody)
      },
      { scope },
    )
    const body = { amountCents: 900, office: world.a.office.id }
    const first = call(slowHandler, { body, key })
    await entered.promise

    const second = await call(slowHandler, { body, key })
    expect(second.status).toBe(409)
    expect(second.headers.get('retry-after')).toBe('1')
    expect(second.body.errors[0].field).toBe('Idempotency-Key')

    release.resolve()
    expect((await first).status).toBe(201)
    const third = await call(slowHandler, { body, key })
    expect(third.status).toBe(201)
    expect(third.headers.get(REPLAYED_HEADER)).toBe('true')
    expect(await effects(key)).toBe(1)
  })

  it('should let exactly one of 50 concurrent requests with one key do the work', async () => {
    const key = uniqueKey('race')
    const body = { amountCents: 1_234, office: world.a.office.id }
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => call(paymentHandler, { body, key })),
    )

    const originals = responses.filter(
      (response) => response.status === 201 && !response.headers.get(REPLAYED_HEADER),
    )
    const others = responses.filter((response) => !originals.includes(response))
    expect(originals).toHaveLength(1)
    others.forEach((response) => {
      if (response.status === 201) expect(response.body).toEqual(originals[0].body)
      else expect(response.status).toBe(409)
    })
    expect(await effects(key)).toBe(1)
  })

  it('should let a request take over a claim whose lease ran out, and ignore the stale owner', async () => {
    const key = uniqueKey('lease')
    const entered = deferred()
    const release = deferred()
    let calls = 0
    const handler = withIdempotency(
      async () => {
        calls += 1
        const call_ = calls
        if (call_ === 1) {
          entered.resolve()
          await release.promise
        }
        return Response.json({ call: call_ }, { status: 201 })
      },
      { scope },
    )
    const body = { amountCents: 1, office: world.a.office.id }
    const stale = call(handler, { body, key })
    await entered.promise
    // As if the first instance had crashed ten minutes ago.
    await pool().query(
      `update idempotency_keys set claimed_at = now() - interval '10 minutes' where key = $1`,
      [key],
    )

    const takeover = await call(handler, { body, key })
    release.resolve()
    await stale
    const replayed = await call(handler, { body, key })

    expect(takeover).toMatchObject({ body: { call: 2 }, status: 201 })
    expect(replayed.body).toEqual({ call: 2 })
    expect(replayed.headers.get(REPLAYED_HEADER)).toBe('true')
  })
})

describe('failures', () => {
  it('should release the key when the handler throws, so a retry runs once', async () => {
    const key = uniqueKey('throw')
    let attempts = 0
    const flaky = withIdempotency(
      async (req) => {
        attempts += 1
        if (attempts === 1) throw new Error('provider timeout')
        return recordPayment(req, req.data as PaymentBody)
      },
      { scope },
    )
    const body = { amountCents: 300, office: world.a.office.id }

    await expect(call(flaky, { body, key })).rejects.toThrow('provider timeout')
    const retry = await call(flaky, { body, key })
    const again = await call(flaky, { body, key })

    expect(retry.status).toBe(201)
    expect(again.headers.get(REPLAYED_HEADER)).toBe('true')
    expect(attempts).toBe(2)
    expect(await effects(key)).toBe(1)
  })

  it('should release the key on a 5xx response, so a retry runs once', async () => {
    const key = uniqueKey('5xx')
    let attempts = 0
    const flaky = withIdempotency(
      async (req) => {
        attempts += 1
        if (attempts === 1)
          return Response.json({ errors: [{ message: 'Bank unavailable' }] }, { status: 503 })
        return recordPayment(req, req.data as PaymentBody)
      },
      { scope },
    )
    const body = { amountCents: 301, office: world.a.office.id }

    expect((await call(flaky, { body, key })).status).toBe(503)
    expect((await call(flaky, { body, key })).status).toBe(201)
    expect((await call(flaky, { body, key })).headers.get(REPLAYED_HEADER)).toBe('true')
    expect(attempts).toBe(2)
    expect(await effects(key)).toBe(1)
  })
})

describe('the wrapped handler', () => {
  it('should still read the body with req.text(), req.json() and req.data', async () => {
    const seen: unknown[] = []
    const handler = withIdempotency(
      async (req) => {
        seen.push(await req.text!(), await req.json!(), req.data)
        return Response.json({ ok: true })
      },
      { scope },
    )
    await call(handler, { rawBody: '{"office": null, "note": "hi"}', key: uniqueKey('body') })

    expect(seen).toEqual([
      '{"office": null, "note": "hi"}',
      { note: 'hi', office: null },
      { note: 'hi', office: null },
    ])
  })
})

describe('cleanup', () => {
  it('should delete keys older than 24 hours and keep younger ones', async () => {
    const keys = {
      fresh: uniqueKey('fresh'),
      old: uniqueKey('old'),
      oldInFlight: uniqueKey('old-in-flight'),
      young: uniqueKey('young'),
    }
    const handler = withIdempotency(async () => Response.json({ ok: true }), { scope: () => null })
    for (const key of [keys.fresh, keys.old, keys.young]) await call(handler, { body: {}, key })
    await pool().query(
      `insert into idempotency_keys (tenant_id, key, request_method, request_path, request_hash, actor, claim_token)
       values (null, $1, 'POST', '/x', repeat('0', 64), '', gen_random_uuid())`,
      [keys.oldInFlight],
    )
    await pool().query(
      `update idempotency_keys set created_at = now() - interval '25 hours', claimed_at = now() - interval '25 hours'
       where key = any($1)`,
      [[keys.old, keys.oldInFlight]],
    )
    await pool().query(
      `update idempotency_keys set created_at = now() - interval '23 hours' where key = $1`,
      [keys.young],
    )

    expect(await cleanupIdempotencyKeys({ payload })).toBeGreaterThanOrEqual(2)

    const { rows } = await pool().query<{ key: string }>(
      'select key from idempotency_keys where key = any($1) order by key',
      [Object.values(keys)],
    )
    expect(rows.map((row) => row.key).sort()).toEqual([keys.fresh, keys.young].sort())
  })

  it('should refuse to shorten the 24 hours promised to clients', async () => {
    await expect(cleanupIdempotencyKeys({ olderThanHours: 1, payload })).rejects.toThrow(RangeError)
  })
})
