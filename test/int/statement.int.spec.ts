import type { Payload } from 'payload'

import { officeToday, shiftDate } from '../../src/ledger/engine/officeCalendar'
import { apartmentStatement } from '../../src/ledger/operations/apartmentStatement'
import { poolOf } from '../../src/lib/db/poolOf'
import { readEnv } from '../../src/lib/env'
import { publicBaseUrl } from '../../src/lib/http/publicBaseUrl'
import { checkPublicLink } from '../../src/lib/publicLinks/checkPublicLink'
import { claimPublicLinkUse, prunePublicLinkUses } from '../../src/lib/publicLinks/linkUses'
import type { PublicLinkPurpose } from '../../src/lib/publicLinks/purposes'
import { newLinkId, signPublicLink } from '../../src/lib/publicLinks/signPublicLink'
import { openStatementLink } from '../../src/lib/statement/openStatementLink'
import { revokeStatementLinks } from '../../src/lib/statement/revokeStatementLinks'
import { STATEMENT_LINK_LIFETIME_SECONDS } from '../../src/lib/statement/signStatementLink'
import { statementLinkOf } from '../../src/lib/statement/statementLinkOf'
import { charge, pay } from '../helpers/ledger'
import { startPayload } from '../helpers/testPayload'
import { buildWorld } from '../helpers/world'
import type { World } from '../helpers/world'

/**
 * The owner's statement page: which links open it (signed, unexpired, unrevoked, for the
 * apartment's own office), and its data: balance, open charges with lateness, latest payments.
 */
let payload: Payload
let world: World
const today = officeToday('Europe/Athens')

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload)
})

describe('an apartment statement', () => {
  it('should show what is owed, each open charge and how late it is, and the latest payments first', async () => {
    const apartment = world.a.apartments[1]
    await charge(payload, {
      amount: 10_000,
      apartment: apartment.id,
      dueDate: shiftDate(today, -40),
    })
    await charge(payload, { amount: 6_000, apartment: apartment.id, dueDate: shiftDate(today, 5) })
    await pay(payload, {
      amount: 4_000,
      apartment: apartment.id,
      receivedAt: shiftDate(today, -20),
      reference: 'TR-1',
    })
    await pay(payload, {
      amount: 1_000,
      apartment: apartment.id,
      receivedAt: shiftDate(today, -2),
      reference: 'TR-2',
    })

    const statement = await apartmentStatement({ apartmentId: apartment.id, payload })
    expect(statement).toMatchObject({
      apartment: {
        building: world.a.buildings[0].name,
        label: apartment.label,
        owner: apartment.owner?.name,
      },
      balance: 11_000,
      office: { currency: 'EUR', locale: 'en', name: world.a.office.name },
      today,
    })
    expect(statement?.openItems).toEqual([
      expect.objectContaining({
        amount: 10_000,
        daysOverdue: 40,
        dueDate: shiftDate(today, -40),
        open: 5_000,
      }),
      expect.objectContaining({
        amount: 6_000,
        daysOverdue: 0,
        dueDate: shiftDate(today, 5),
        open: 6_000,
      }),
    ])
    expect(statement?.recentPayments.map((p) => p.reference)).toEqual(['TR-2', 'TR-1'])
  })

  it('should answer null for an apartment that does not exist', async () => {
    expect(await apartmentStatement({ apartmentId: 999_999_999, payload })).toBeNull()
  })
})

const nowSeconds = () => Math.floor(Date.now() / 1000)
const tokenIn = (link: string) => link.split('/statement/')[1]

/** A token as `signPublicLink` makes it with the app's keys; each test changes what it probes. */
const tokenFor = (overrides: Partial<Parameters<typeof signPublicLink>[0]> = {}) =>
  signPublicLink({
    keys: readEnv().publicLinkKeys,
    lifetimeSeconds: STATEMENT_LINK_LIFETIME_SECONDS,
    now: nowSeconds(),
    officeId: world.a.office.id,
    purpose: 'statement',
    subjectId: world.a.apartments[0].id,
    ...overrides,
  })

const open = (token: unknown) => openStatementLink({ payload, token })

describe('the statement link', () => {
  it("should open the statement of the apartment a reminder's link names", async () => {
    const apartment = world.a.apartments[0]
    const link = statementLinkOf({ officeId: world.a.office.id })(apartment.id)
    expect(link.startsWith(`${publicBaseUrl(readEnv())}/statement/`)).toBe(true)
    const opened = await open(tokenIn(link))
    expect(opened).toEqual({ apartmentId: apartment.id, ok: true })
    const statement = opened.ok
      ? await apartmentStatement({ apartmentId: opened.apartmentId, payload })
      : null
    expect(statement?.apartment.label).toBe(apartment.label)
  })

  it('should refuse a token changed on its way, and the old ?sig= address', async () => {
    const [payloadPart, signature] = tokenFor().split('.')
    const claims = JSON.parse(Buffer.from(payloadPart, 'base64url').toString())
    const otherApartment = Buffer.from(
      JSON.stringify({ ...claims, s: world.a.apartments[1].id }),
    ).toString('base64url')
    expect(await open(`${otherApartment}.${signature}`)).toEqual({
      ok: false,
      reason: 'bad-signature',
    })
    expect(await open(String(world.a.apartments[0].id))).toEqual({
      ok: false,
      reason: 'malformed',
    })
    expect(await open('x'.repeat(2_000))).toEqual({ ok: false, reason: 'oversize' })
  })

  it('should refuse a token signed by a key the app does not list', async () => {
    const stranger = { id: 'stranger', secret: 'a-key-this-app-never-listed-0123456789' }
    expect(await open(tokenFor({ keys: [stranger] }))).toEqual({
      ok: false,
      reason: 'unknown-key',
    })
  })

  it('should refuse an expired token and a token made for another page', async () => {
    const issued = nowSeconds() - STATEMENT_LINK_LIFETIME_SECONDS - 1
    expect(await open(tokenFor({ now: issued }))).toEqual({ ok: false, reason: 'expired' })
    expect(await open(tokenFor({ purpose: 'ballot' }))).toEqual({
      ok: false,
      reason: 'wrong-purpose',
    })
  })

  it("should refuse another office's apartment in a token validly signed for office A", async () => {
    const foreign = world.b.apartments[0]
    expect(await open(tokenFor({ subjectId: foreign.id }))).toEqual({
      ok: false,
      reason: 'wrong-office',
    })
    expect(await open(tokenFor({ subjectId: 999_999_999 }))).toEqual({
      ok: false,
      reason: 'unknown-apartment',
    })
    // The same apartment with its own office opens.
    expect(await open(tokenFor({ officeId: world.b.office.id, subjectId: foreign.id }))).toEqual({
      apartmentId: foreign.id,
      ok: true,
    })
  })

  it('should void the links issued before a revocation and open those issued after it', async () => {
    const [apartment, neighbour] = [world.a.apartments[2], world.a.apartments[3]]
    const linkOf = statementLinkOf({ officeId: world.a.office.id })
    const before = tokenIn(linkOf(apartment.id))
    const neighbours = tokenIn(linkOf(neighbour.id))
    expect((await open(before)).ok).toBe(true)

    await revokeStatementLinks({
      apartmentId: apartment.id,
      officeId: world.a.office.id,
      req: { payload },
    })
    expect(await open(before)).toEqual({ ok: false, reason: 'revoked' })
    expect((await open(neighbours)).ok).toBe(true)

    // Issue times are whole seconds and a link of the revocation's own second counts as before
    // it, so the next link is made from the next second on.
    await new Promise((resolve) => setTimeout(resolve, 1_010 - (Date.now() % 1_000)))
    const after = tokenIn(linkOf(apartment.id))
    expect(await open(after)).toEqual({ apartmentId: apartment.id, ok: true })
    expect(await open(before)).toEqual({ ok: false, reason: 'revoked' })
  })

  it('should open a link signed by the second listed key until that key is removed', async () => {
    // This run's environment lists one key; the one added behind it stands for the previous key
    // of a rotation (PUBLIC_LINK_KEYS=new,old): new links use the first, both verify.
    const keys = readEnv().publicLinkKeys
    const previous = { id: 'previous', secret: 'the-key-before-the-rotation-0123456789' }
    keys.push(previous)
    try {
      expect(keys[0]).not.toBe(previous)
      expect(tokenFor()).not.toBe(tokenFor({ keys: [previous] }))
      const byPrevious = tokenFor({ keys: [previous] })
      expect(await open(byPrevious)).toEqual({ apartmentId: world.a.apartments[0].id, ok: true })
      keys.pop()
      expect(await open(byPrevious)).toEqual({ ok: false, reason: 'unknown-key' })
    } finally {
      if (keys.at(-1) === previous) keys.pop()
    }
  })
})

describe('a one-time link', () => {
  const purpose: PublicLinkPurpose = 'vendor-invitation'
  const req = () => ({ payload })

  it('should work once, and a use rolled back with its transaction does not count', async () => {
    const token = tokenFor({ purpose })
    const transactionID = (await payload.db.beginTransaction()) ?? undefined
    expect((await checkPublicLink({ purpose, req: { payload, transactionID }, token })).ok).toBe(
      true,
    )
    if (transactionID !== undefined) await payload.db.rollbackTransaction(transactionID)

    expect((await checkPublicLink({ purpose, req: req(), token })).ok).toBe(true)
    expect(await checkPublicLink({ purpose, req: req(), token })).toEqual({
      ok: false,
      reason: 'used',
    })
    // Another link for the same subject is a link of its own.
    expect((await checkPublicLink({ purpose, req: req(), token: tokenFor({ purpose }) })).ok).toBe(
      true,
    )
  })

  it('should prune the uses of expired links and keep the others', async () => {
    const link = (expiresAt: number) => ({
      expiresAt,
      issuedAt: expiresAt - 60,
      keyId: 'dev',
      linkId: newLinkId(),
      officeId: world.a.office.id,
      purpose,
      subjectId: 1,
    })
    const [expired, live] = [link(nowSeconds() - 10), link(nowSeconds() + 3_600)]
    expect(await claimPublicLinkUse({ link: expired, req: req() })).toBe(true)
    expect(await claimPublicLinkUse({ link: live, req: req() })).toBe(true)

    expect(await prunePublicLinkUses({ payload })).toBeGreaterThanOrEqual(1)
    const { rows } = await poolOf(payload).query<{ link_id: string }>(
      'select link_id from public_link_uses where link_id = any($1)',
      [[expired.linkId, live.linkId]],
    )
    expect(rows.map((row) => row.link_id)).toEqual([live.linkId])
  })
})
