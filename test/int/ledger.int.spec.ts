import { createLocalReq } from 'payload'
import type { Payload } from 'payload'

import { rebuildApartmentOpenItems } from '../../src/ledger/operations/rebuildApartmentOpenItems'
import { rebuildOpenItems } from '../../src/ledger/operations/rebuildOpenItems'
import { recordPayment } from '../../src/ledger/operations/recordPayment'
import { verifyLedger } from '../../src/ledger/operations/verifyLedger'
import { api } from '../helpers/http'
import { balanceOf, charge, openAmounts, pay } from '../helpers/ledger'
import { startPayload } from '../helpers/testPayload'
import { buildWorld } from '../helpers/world'
import type { World } from '../helpers/world'
import { poolOf } from '../../src/lib/db/poolOf'
import { verifyAuditChain } from '../../src/lib/audit/verifyAuditChain'

let payload: Payload
let world: World

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload)
})

const ledgerState = async (apartment: number) => {
  const allocations = await payload.find({
    collection: 'allocations',
    depth: 0,
    pagination: false,
    where: { apartment: { equals: apartment } },
  })
  return {
    allocations: allocations.docs
      .map((a) => `${a.charge}:${a.payment ?? ''}:${a.creditNote ?? ''}:${a.amount}`)
      .sort(),
    balance: await balanceOf(payload, apartment).then(
      ({ balance, oldestUnpaidDueDate, openItemsCount }) => ({
        balance,
        oldestUnpaidDueDate,
        openItemsCount,
      }),
    ),
    open: await openAmounts(payload, apartment),
  }
}

describe('the two open-items upkeeps', () => {
  it('should agree: the per-apartment walk and the set-based SQL give the same allocations, open amounts and balance', async () => {
    const apartment = world.a.apartments[3].id
    const quiet = { skipAudit: true, skipOpenItems: true }
    let seed = 11
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647
    for (let month = 1; month <= 9; month += 1) {
      const dueDate = `2025-${String(month).padStart(2, '0')}-${String(1 + Math.floor(random() * 27)).padStart(2, '0')}T12:00:00.000Z`
      await payload.create({
        collection: 'charges',
        context: quiet,
        data: {
          amount: 1_000 + Math.floor(random() * 9_000),
          apartment,
          dueDate,
          period: dueDate.slice(0, 7),
          source: 'manual',
        },
        depth: 0,
      })
      if (random() < 0.7) {
        await payload.create({
          collection: 'payments',
          context: quiet,
          data: {
            amount: 500 + Math.floor(random() * 9_000),
            apartment,
            method: 'cash',
            receivedAt: dueDate,
            source: 'manual',
          },
          depth: 0,
        })
      }
    }
    await payload.create({
      collection: 'charges',
      context: quiet,
      data: {
        amount: -1_234,
        apartment,
        dueDate: '2025-06-30T12:00:00.000Z',
        period: '2025-06',
        source: 'manual',
      },
      depth: 0,
    })

    const req = { payload, transactionID: undefined }
    await rebuildOpenItems({ apartmentIds: [apartment], req })
    const setBased = await ledgerState(apartment)
    await rebuildApartmentOpenItems({ apartmentId: apartment, req })
    expect(await ledgerState(apartment)).toEqual(setBased)

    const pool = poolOf(payload)
    await pool.query('delete from allocations where apartment_id = $1', [apartment])
    await pool.query('update charges set open_amount = 0 where apartment_id = $1', [apartment])
    await rebuildApartmentOpenItems({ apartmentId: apartment, req })
    expect(await ledgerState(apartment)).toEqual(setBased)
    expect((await verifyLedger({ office: world.a.office.id, payload })).mismatches).toEqual([])
  })
})

describe('recording a payment the system way', () => {
  it('should leave exactly what the set-based rebuild derives, for newest, back-dated and over-payments alike', async () => {
    // Office B's: office A's apartments belong to the other tests of this file.
    const apartment = world.b.apartments[2].id
    const office = world.b.office.id
    const system = await createLocalReq({ context: { actor: 'test:ledger' } }, payload)
    for (const [month, amount] of [
      [1, 12_000],
      [2, 8_000],
      [3, 15_000],
      [4, 9_000],
    ] as const) {
      await charge(payload, { amount, apartment, dueDate: `2025-0${month}-10` })
    }
    const received = ['2025-02-01', '2025-03-05', '2025-01-20', '2025-03-05', '2025-05-01']
    const amounts = [5_000, 14_000, 2_500, 3_000, 40_000]
    const req = { payload, transactionID: undefined }
    for (const [index, day] of received.entries()) {
      await recordPayment({
        payment: {
          amount: amounts[index],
          apartment,
          method: 'bank-transfer',
          office,
          receivedAt: `${day}T09:00:00.000Z`,
          source: 'import',
        },
        req: system,
      })
      const written = await ledgerState(apartment)
      await rebuildOpenItems({ apartmentIds: [apartment], req })
      expect(await ledgerState(apartment)).toEqual(written)
    }
    expect((await balanceOf(payload, apartment))?.balance).toBe(44_000 - 64_500)
  })

  it('should keep the ledger and the audit chain whole under concurrent payments to the same apartments', async () => {
    // The newest-payment statement locks the office's audit chain after the apartment's balance
    // row, as every other ledger writer does: concurrent writers queue, none deadlocks or forks the chain.
    const office = world.b.office.id
    const apartments = [world.b.apartments[0].id, world.b.apartments[1].id]
    for (const apartment of apartments)
      await charge(payload, { amount: 30_000, apartment, dueDate: '2025-02-10' })
    const before = await verifyAuditChain({ payload, tenant: office })
    if (!before.ok) throw new Error(`the chain was broken before the test: ${before.reason}`)
    await Promise.all(
      Array.from({ length: 16 }, async (_, index) =>
        recordPayment({
          payment: {
            amount: 1_000 + index,
            apartment: apartments[index % 2],
            method: 'bank-transfer',
            office,
            receivedAt: new Date().toISOString(),
            source: 'import',
          },
          req: await createLocalReq({ context: { actor: 'test:ledger' } }, payload),
        }),
      ),
    )
    const req = { payload, transactionID: undefined }
    for (const apartment of apartments) {
      const written = await ledgerState(apartment)
      await rebuildOpenItems({ apartmentIds: [apartment], req })
      expect(await ledgerState(apartment)).toEqual(written)
    }
    expect(await verifyAuditChain({ payload, tenant: office })).toEqual({
      checked: before.checked + 16,
      ok: true,
    })
  })
})

describe('FIFO open items kept at write time', () => {
  it('should settle the oldest charges first and keep the balance row', async () => {
    const apartment = world.a.apartments[0].id
    await charge(payload, { amount: 10_000, apartment, dueDate: '2026-03-10' })
    await charge(payload, { amount: 10_000, apartment, dueDate: '2026-01-10' })
    await charge(payload, { amount: 10_000, apartment, dueDate: '2026-02-10' })
    await pay(payload, { amount: 15_000, apartment, receivedAt: '2026-03-01' })

    expect(await openAmounts(payload, apartment)).toEqual([0, 5_000, 10_000])
    expect(await balanceOf(payload, apartment)).toMatchObject({
      balance: 15_000,
      openItemsCount: 2,
    })
    expect((await balanceOf(payload, apartment)).oldestUnpaidDueDate?.slice(0, 10)).toBe(
      '2026-02-10',
    )
  })

  it('should keep an overpayment as credit and use it for the next charge', async () => {
    const apartment = world.a.apartments[1].id
    await charge(payload, { amount: 5_000, apartment, dueDate: '2026-01-10' })
    await pay(payload, { amount: 8_000, apartment, receivedAt: '2026-01-05' })
    expect(await balanceOf(payload, apartment)).toMatchObject({
      balance: -3_000,
      openItemsCount: 0,
    })

    const next = await charge(payload, { amount: 5_000, apartment, dueDate: '2026-02-10' })
    expect(next.openAmount).toBe(2_000)
    expect(await balanceOf(payload, apartment)).toMatchObject({ balance: 2_000, openItemsCount: 1 })
  })

  it('should let a credit note settle open charges like a payment', async () => {
    const apartment = world.a.apartments[2].id
    await charge(payload, { amount: 7_000, apartment, dueDate: '2026-01-10' })
    await charge(payload, { amount: -2_500, apartment, dueDate: '2026-01-20' })
    expect(await openAmounts(payload, apartment)).toEqual([4_500])
    expect(await balanceOf(payload, apartment)).toMatchObject({ balance: 4_500 })
  })

  it('should record allocations per credit and charge', async () => {
    const apartment = world.a.apartments[0].id
    const { docs } = await payload.find({
      collection: 'allocations',
      depth: 0,
      pagination: false,
      where: { apartment: { equals: apartment } },
    })
    expect(docs.reduce((sum, row) => sum + row.amount, 0)).toBe(15_000)
    expect(docs).toHaveLength(2)
  })

  it('should refuse negative charges other than manual credit notes, and zero or fractional amounts', async () => {
    const apartment = world.a.apartments[3].id
    const token = world.actors.adminA.token
    for (const body of [
      { amount: -100, apartment, dueDate: '2026-01-10', period: '2026-01', source: 'penalty' },
      { amount: 0, apartment, dueDate: '2026-01-10', period: '2026-01' },
      { amount: 10.5, apartment, dueDate: '2026-01-10', period: '2026-01' },
      { amount: 100, apartment, dueDate: '2026-01-10', period: '2026-13' },
    ]) {
      const response = await api('POST', 'charges', { body, token })
      expect(response.status).toBe(400)
    }
  })

  it('should never let anyone edit or delete a charge or a payment', async () => {
    const apartment = world.a.apartments[3].id
    const created = await charge(payload, { amount: 1_000, apartment, dueDate: '2026-01-10' })
    const payment = await pay(payload, { amount: 500, apartment, receivedAt: '2026-01-12' })
    const token = world.actors.platform.token
    expect(
      (await api('PATCH', `charges/${created.id}`, { body: { amount: 1 }, token })).status,
    ).toBe(403)
    expect((await api('DELETE', `charges/${created.id}`, { token })).status).toBe(403)
    expect(
      (await api('PATCH', `payments/${payment.id}`, { body: { amount: 1 }, token })).status,
    ).toBe(403)
    expect((await api('DELETE', `payments/${payment.id}`, { token })).status).toBe(403)
    expect(
      (await payload.findByID({ collection: 'payments', depth: 0, id: payment.id })).amount,
    ).toBe(500)
  })

  it('should find no difference between the kept open items and a live FIFO recomputation', async () => {
    const result = await verifyLedger({ office: world.a.office.id, payload })
    expect(result.chargesChecked).toBeGreaterThan(5)
    expect(result.mismatches).toEqual([])
  })

  it('should find a tampered open amount', async () => {
    const apartment = world.a.apartments[0].id
    const pool = poolOf(payload)
    await pool.query(
      'update charges set open_amount = open_amount + 1 where apartment_id = $1 and open_amount > 0',
      [apartment],
    )
    const result = await verifyLedger({ office: world.a.office.id, payload })
    expect(result.mismatches.map((m) => m.field)).toContain('openAmount')
    await pool.query(
      'update charges set open_amount = open_amount - 1 where apartment_id = $1 and open_amount > 0',
      [apartment],
    )
    expect((await verifyLedger({ office: world.a.office.id, payload })).mismatches).toEqual([])
  })
})
