import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import type { Payload, PayloadRequest } from 'payload'

import type { Office, User } from '../../payload-types'
import { APPEND_ONLY_TRIGGER, GENESIS_HASH } from '../../src/lib/audit/constants'
import { hashAuditEvent } from '../../src/lib/audit/hashAuditEvent'
import type { AuditEventInput } from '../../src/lib/audit/types'
import { verifyAuditChain } from '../../src/lib/audit/verifyAuditChain'
import { writeAuditEvents } from '../../src/lib/audit/writeAuditEvents'
import { runWithTrace } from '../../src/lib/trace/traceContext'
import { api, graphql } from '../helpers/http'
import { startPayload } from '../helpers/testPayload'
import { buildWorld } from '../helpers/world'
import type { World } from '../helpers/world'
import { poolOf } from '../../src/lib/db/poolOf'
import { toJsonValue } from '../../src/lib/json/canonicalJson'

/**
 * The audit trail against real PostgreSQL: events share the caller's transaction, chain per
 * office, survive concurrent writers, cannot be rewritten by the app, and any tampering a
 * superuser does behind the trigger's back is found by `verifyAuditChain`.
 */
let payload: Payload
let world: World

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload)
})

const pool = () => poolOf(payload)

let officeCount = 0
/** A fresh office per scenario, so each chain starts at 1 and tampering stays contained. */
const newOffice = (): Promise<Office> => {
  officeCount += 1
  const slug = `audit-${process.pid}-${Date.now()}-${officeCount}`
  return payload.create({
    collection: 'offices',
    data: { currency: 'EUR', locale: 'en', name: slug, slug, timezone: 'Europe/Athens' },
  })
}

const paymentEvents = (tenant: number, count: number): AuditEventInput[] =>
  Array.from({ length: count }, (_, index) => ({
    action: 'payment.recorded',
    after: { amountCents: 1_000 + index, apartment: { id: index, label: `A${index}` } },
    before: index % 2 === 0 ? null : { amountCents: 0 },
    entityId: index + 1,
    entityType: 'payments',
    idempotencyKey: `pay-${tenant}-${index}`,
    tenant,
  }))

/** Runs `work` in a transaction on a fresh local request, like an endpoint or job would. */
const inTransaction = async <T>(
  work: (req: PayloadRequest) => Promise<T>,
  user?: User,
): Promise<T> => {
  const req = await createLocalReq(
    { user: user ? { ...user, collection: 'users' } : undefined },
    payload,
  )
  await initTransaction(req)
  try {
    const result = await work(req)
    await commitTransaction(req)
    return result
  } catch (err) {
    await killTransaction(req)
    throw err
  }
}

type ChainRow = {
  actor_id: null | number
  after: unknown
  hash: string
  id: number
  prev_hash: string
  sequence: number
}

const chainOf = async (tenant: number): Promise<ChainRow[]> =>
  (
    await pool().query<ChainRow>(
      'select id, actor_id, after, hash, prev_hash, sequence::int as sequence from audit_events where tenant_id = $1 order by sequence',
      [tenant],
    )
  ).rows

/** What a database superuser could do: switch the trigger off, change history, switch it back on. */
const tamper = async (statements: { params?: unknown[]; text: string }[]): Promise<void> => {
  const client = await pool().connect()
  try {
    await client.query('begin')
    await client.query(`alter table audit_events disable trigger ${APPEND_ONLY_TRIGGER}`)
    for (const statement of statements) await client.query(statement.text, statement.params)
    await client.query(`alter table audit_events enable trigger ${APPEND_ONLY_TRIGGER}`)
    await client.query('commit')
  } catch (err) {
    await client.query('rollback')
    throw err
  } finally {
    client.release()
  }
}

const officeWithChain = async (count: number) => {
  const office = await newOffice()
  await inTransaction((req) => writeAuditEvents({ events: paymentEvents(office.id, count), req }))
  return { chain: await chainOf(office.id), office }
}

describe('writing audit events', () => {
  it('should leave no event, and no side effect, when the transaction rolls back', async () => {
    const office = await newOffice()
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    const building = await payload.create({
      collection: 'buildings',
      data: {
        address: 'Rollback 1',
        city: 'Athens',
        name: 'Rollback',
        postalCode: '10558',
        tenant: office.id,
      },
      req,
    })
    await writeAuditEvents({
      events: [
        {
          action: 'building.created',
          after: building,
          entityId: building.id,
          entityType: 'buildings',
          tenant: office.id,
        },
      ],
      req,
    })
    await killTransaction(req)

    expect(await chainOf(office.id)).toEqual([])
    expect(
      (await payload.count({ collection: 'buildings', where: { id: { equals: building.id } } }))
        .totalDocs,
    ).toBe(0)
    // The rolled-back events took no sequence numbers: the next event starts the chain.
    await inTransaction((r) => writeAuditEvents({ events: paymentEvents(office.id, 1), req: r }))
    expect((await chainOf(office.id)).map((row) => row.sequence)).toEqual([1])
  })

  it('should chain a committed batch: sequence 1..n, each previous hash the hash before it', async () => {
    const office = await newOffice()
    const admin = world.actors.adminA.user
    const written = await runWithTrace('ab'.repeat(16), () =>
      inTransaction((req) => writeAuditEvents({ events: paymentEvents(office.id, 5), req }), admin),
    )
    const chain = await chainOf(office.id)

    expect(chain.map((row) => row.sequence)).toEqual([1, 2, 3, 4, 5])
    expect(chain[0].prev_hash).toBe(GENESIS_HASH)
    chain.slice(1).forEach((row, index) => expect(row.prev_hash).toBe(chain[index].hash))
    expect(new Set(chain.map((row) => row.hash)).size).toBe(5)
    expect(written.map((event) => event.id)).toEqual(chain.map((row) => row.id))

    const stored = await payload.findByID({ collection: 'audit-events', depth: 0, id: chain[1].id })
    expect(stored).toMatchObject({
      action: 'payment.recorded',
      actor: admin.id,
      actorLabel: admin.email,
      after: { amountCents: 1_001, apartment: { id: 1, label: 'A1' } },
      before: { amountCents: 0 },
      entityId: '2',
      entityType: 'payments',
      idempotencyKey: `pay-${office.id}-1`,
      tenant: office.id,
      traceId: 'ab'.repeat(16),
    })
    expect(stored.occurredAt).toMatch(/Z$/)
  })

  it('should continue the chain across batches and keep offices apart in one call', async () => {
    const [first, second] = [await newOffice(), await newOffice()]
    await inTransaction((req) => writeAuditEvents({ events: paymentEvents(first.id, 2), req }))
    const written = await inTransaction((req) =>
      writeAuditEvents({
        events: [...paymentEvents(second.id, 2), ...paymentEvents(first.id, 1)],
        req,
      }),
    )

    expect(written.map((event) => [event.tenant, event.sequence])).toEqual([
      [second.id, 1],
      [second.id, 2],
      [first.id, 3],
    ])
    const firstChain = await chainOf(first.id)
    expect(firstChain[2].prev_hash).toBe(firstChain[1].hash)
    expect(await verifyAuditChain({ payload, tenant: first.id })).toEqual({ checked: 3, ok: true })
    expect(await verifyAuditChain({ payload, tenant: second.id })).toEqual({ checked: 2, ok: true })
  })

  it('should write a batch larger than one statement can bind, and verify it page by page', async () => {
    // 5,000 events x 14 columns = 70,000 parameters: above PostgreSQL's 65,535 unless chunked.
    const office = await newOffice()
    await inTransaction((req) => writeAuditEvents({ events: paymentEvents(office.id, 5_000), req }))

    const { rows } = await pool().query(
      'select count(*)::int as count, max(sequence)::int as last from audit_events where tenant_id = $1',
      [office.id],
    )
    expect(rows[0]).toEqual({ count: 5_000, last: 5_000 })
    expect(await verifyAuditChain({ payload, tenant: office.id })).toEqual({
      checked: 5_000,
      ok: true,
    })
  })

  it('should give 20 concurrent writers of one office one unbroken chain', async () => {
    const office = await newOffice()
    await Promise.all(
      Array.from({ length: 20 }, () =>
        inTransaction((req) => writeAuditEvents({ events: paymentEvents(office.id, 3), req })),
      ),
    )
    const chain = await chainOf(office.id)

    expect(chain.map((row) => row.sequence)).toEqual(
      Array.from({ length: 60 }, (_, index) => index + 1),
    )
    chain.slice(1).forEach((row, index) => expect(row.prev_hash).toBe(chain[index].hash))
    expect(await verifyAuditChain({ payload, tenant: office.id })).toEqual({
      checked: 60,
      ok: true,
    })
  })
})

describe('verifying the chain', () => {
  it('should pass an intact chain, whatever the page size', async () => {
    const { office } = await officeWithChain(7)
    expect(await verifyAuditChain({ payload, tenant: office.id })).toEqual({ checked: 7, ok: true })
    expect(await verifyAuditChain({ pageSize: 2, payload, tenant: office.id })).toEqual({
      checked: 7,
      ok: true,
    })
  })

  it('should pass an office without events', async () => {
    const office = await newOffice()
    expect(await verifyAuditChain({ payload, tenant: office.id })).toEqual({ checked: 0, ok: true })
  })

  it('should find exactly the row whose content was edited', async () => {
    const { chain, office } = await officeWithChain(5)
    await tamper([
      {
        params: [chain[2].id],
        text: `update audit_events set after = '{"amountCents": 1}' where id = $1`,
      },
    ])

    expect(await verifyAuditChain({ pageSize: 2, payload, tenant: office.id })).toEqual({
      brokenAtId: chain[2].id,
      ok: false,
      reason: expect.stringContaining('edited'),
      sequence: 3,
    })
  })

  it('should find an edited row even when its hash was recomputed to match', async () => {
    const { chain, office } = await officeWithChain(4)
    // A forger who rewrites row 2 and gives it a hash that fits the new content still breaks row 3's link.
    const doc = await payload.findByID({ collection: 'audit-events', depth: 0, id: chain[1].id })
    const forgedHash = hashAuditEvent({
      content: {
        action: doc.action,
        actorLabel: doc.actorLabel,
        after: { amountCents: 1 },
        before: toJsonValue(doc.before ?? null),
        entityId: doc.entityId,
        entityType: doc.entityType,
        idempotencyKey: doc.idempotencyKey ?? null,
        occurredAt: doc.occurredAt,
        sequence: 2,
        tenant: office.id,
        traceId: doc.traceId,
      },
      prevHash: doc.prevHash,
    })
    await tamper([
      {
        params: [chain[1].id, forgedHash],
        text: `update audit_events set after = '{"amountCents": 1}', hash = $2 where id = $1`,
      },
    ])

    expect(await verifyAuditChain({ payload, tenant: office.id })).toEqual({
      brokenAtId: chain[2].id,
      ok: false,
      reason: expect.stringContaining('moved'),
      sequence: 3,
    })
  })

  it('should find a deleted row by the gap it leaves', async () => {
    const { chain, office } = await officeWithChain(5)
    await tamper([{ params: [chain[2].id], text: 'delete from audit_events where id = $1' }])

    expect(await verifyAuditChain({ payload, tenant: office.id })).toEqual({
      brokenAtId: chain[3].id,
      ok: false,
      reason: expect.stringContaining('deleted'),
      sequence: 4,
    })
  })

  it('should find the newest events deleted, by the head the chain no longer reaches', async () => {
    const { chain, office } = await officeWithChain(4)
    await tamper([
      { params: [chain[2].id, chain[3].id], text: 'delete from audit_events where id in ($1, $2)' },
    ])

    expect(await verifyAuditChain({ payload, tenant: office.id })).toEqual({
      brokenAtId: chain[1].id,
      ok: false,
      reason: expect.stringContaining('newest events were deleted'),
      sequence: 4,
    })
  })

  it('should find rows swapped in order', async () => {
    const { chain, office } = await officeWithChain(4)
    await tamper([
      { params: [chain[1].id], text: 'update audit_events set sequence = -1 where id = $1' },
      { params: [chain[2].id], text: 'update audit_events set sequence = 2 where id = $1' },
      { params: [chain[1].id], text: 'update audit_events set sequence = 3 where id = $1' },
    ])

    expect(await verifyAuditChain({ payload, tenant: office.id })).toEqual({
      brokenAtId: chain[2].id,
      ok: false,
      reason: expect.stringContaining('moved'),
      sequence: 2,
    })
  })

  it('should find a row slipped into the chain', async () => {
    const { chain, office } = await officeWithChain(3)
    // A copy of row 1 re-inserted as row 4: it claims a valid previous hash, but not row 3's.
    await tamper([
      {
        params: [chain[0].id],
        text: `insert into audit_events (tenant_id, actor_label, action, entity_type, entity_id, "before", "after",
                 idempotency_key, occurred_at, trace_id, sequence, prev_hash, hash)
               select tenant_id, actor_label, action, entity_type, entity_id, "before", "after", idempotency_key,
                 occurred_at, trace_id, 4, prev_hash, hash from audit_events where id = $1`,
      },
    ])
    const inserted = (await chainOf(office.id))[3]

    expect(await verifyAuditChain({ payload, tenant: office.id })).toMatchObject({
      brokenAtId: inserted.id,
      ok: false,
      sequence: 4,
    })
  })
})

describe('append-only', () => {
  it('should refuse update and delete through the Local API, even with overrideAccess', async () => {
    const { chain, office } = await officeWithChain(2)
    await expect(
      payload.update({
        collection: 'audit-events',
        data: { action: 'payment.voided' },
        id: chain[0].id,
        overrideAccess: true,
      }),
    ).rejects.toThrow(/append-only/)
    await expect(
      payload.delete({ collection: 'audit-events', id: chain[1].id, overrideAccess: true }),
    ).rejects.toThrow(/append-only/)
    await expect(
      payload.create({
        collection: 'audit-events',
        data: {
          action: 'forged',
          actorLabel: 'x',
          entityId: '1',
          entityType: 'payments',
          hash: 'x',
          occurredAt: new Date().toISOString(),
          prevHash: 'x',
          sequence: 3,
          tenant: office.id,
          traceId: 'x',
        },
        overrideAccess: true,
      }),
    ).rejects.toThrow(/append-only/)

    expect(await chainOf(office.id)).toEqual(chain)
    expect(await verifyAuditChain({ payload, tenant: office.id })).toEqual({ checked: 2, ok: true })
  })

  it('should refuse UPDATE and DELETE in SQL, through the trigger', async () => {
    const { chain, office } = await officeWithChain(2)
    await expect(
      pool().query(`update audit_events set after = '{}' where id = $1`, [chain[0].id]),
    ).rejects.toThrow(/append-only/)
    await expect(
      pool().query('delete from audit_events where id = $1', [chain[1].id]),
    ).rejects.toThrow(/append-only/)
    await expect(
      pool().query('delete from audit_events where tenant_id = $1', [office.id]),
    ).rejects.toThrow(/append-only/)

    expect(await chainOf(office.id)).toEqual(chain)
  })

  it('should let a user who wrote events be deleted, keeping the chain valid', async () => {
    const office = await newOffice()
    const user = await payload.create({
      collection: 'users',
      data: {
        email: `leaver-${office.id}@test.local`,
        password: 'leaver-password-1',
        role: 'accountant',
        tenants: [{ tenant: office.id }],
      },
    })
    await inTransaction(
      (req) => writeAuditEvents({ events: paymentEvents(office.id, 2), req }),
      user,
    )
    expect((await chainOf(office.id)).map((row) => row.actor_id)).toEqual([user.id, user.id])

    await payload.delete({ collection: 'users', id: user.id })

    expect((await chainOf(office.id)).map((row) => row.actor_id)).toEqual([null, null])
    expect(await verifyAuditChain({ payload, tenant: office.id })).toEqual({ checked: 2, ok: true })
  })
})

describe('who reads audit events', () => {
  let eventA: number
  let eventB: number

  beforeAll(async () => {
    const written = await inTransaction((req) =>
      writeAuditEvents({
        events: [...paymentEvents(world.a.office.id, 1), ...paymentEvents(world.b.office.id, 1)],
        req,
      }),
    )
    ;[eventA, eventB] = written.map((event) => event.id)
  })

  const listIds = async (token: string) => {
    const response = await api(
      'GET',
      `audit-events?depth=0&limit=100&where[id][in]=${eventA},${eventB}`,
      { token },
    )
    return {
      ids:
        response.status === 200
          ? response.body.docs.map((doc: { id: number }) => doc.id).sort()
          : [],
      status: response.status,
    }
  }

  it.each([
    ['adminA', 'a'],
    ['accountantA', 'a'],
    ['adminB', 'b'],
  ] as const)("should show %s only their own office's events", async (actor, office) => {
    const own = office === 'a' ? eventA : eventB
    const foreign = office === 'a' ? eventB : eventA
    expect(await listIds(world.actors[actor].token)).toEqual({ ids: [own], status: 200 })
    const byId = await api('GET', `audit-events/${foreign}`, { token: world.actors[actor].token })
    expect([403, 404]).toContain(byId.status)
  })

  it('should show platform admins every office', async () => {
    expect(await listIds(world.actors.platform.token)).toEqual({
      ids: [eventA, eventB].sort(),
      status: 200,
    })
  })

  it.each(['managerA', 'residentA', 'vendorA'] as const)('should refuse %s', async (actor) => {
    const { status } = await listIds(world.actors[actor].token)
    expect(status).toBe(403)
    const byId = await api('GET', `audit-events/${eventA}`, { token: world.actors[actor].token })
    expect([403, 404]).toContain(byId.status)
  })

  it("should not give office B's admin office A's events through GraphQL", async () => {
    const query = `{ AuditEvents(where: { OR: [{ id: { equals: ${eventA} } }, { id: { equals: ${eventB} } }] }) { docs { id } } }`
    const { body } = await graphql<{ AuditEvents: { docs: { id: number }[] } }>(query, {
      token: world.actors.adminB.token,
    })
    expect(body.data?.AuditEvents.docs.map((doc) => doc.id)).toEqual([eventB])
    const one = await graphql(`{ AuditEvent(id: ${eventA}) { id } }`, {
      token: world.actors.adminB.token,
    })
    expect(one.body.data?.AuditEvent ?? null).toBeNull()
  })

  it('should refuse a manager through GraphQL', async () => {
    const { body } = await graphql(
      `
        {
          AuditEvents {
            docs {
              id
            }
          }
        }
      `,
      { token: world.actors.managerA.token },
    )
    expect(body.data?.AuditEvents ?? null).toBeNull()
    expect(body.errors?.length).toBeGreaterThan(0)
  })

  it('should refuse writes through REST and GraphQL, even to platform admins', async () => {
    const token = world.actors.platform.token
    const before = await chainOf(world.a.office.id)
    expect(
      (await api('PATCH', `audit-events/${eventA}`, { body: { action: 'x' }, token })).status,
    ).toBe(403)
    expect((await api('DELETE', `audit-events/${eventA}`, { token })).status).toBe(403)
    expect(
      (
        await api('POST', 'audit-events', {
          body: { action: 'x', entityId: '1', entityType: 'x', tenant: world.a.office.id },
          token,
        })
      ).status,
    ).toBe(403)
    const { body } = await graphql(`mutation { deleteAuditEvent(id: ${eventA}) { id } }`, { token })
    expect(body.errors?.length).toBeGreaterThan(0)
    expect(await chainOf(world.a.office.id)).toEqual(before)
  })
})
