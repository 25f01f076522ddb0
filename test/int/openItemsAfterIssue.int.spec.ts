import { createLocalReq } from 'payload'
import type { Payload } from 'payload'

import type { ExpenseCategory } from '../../payload-types'
import { verifyLedger } from '../../src/ledger/operations/verifyLedger'
import { inTransaction } from '../../src/lib/db/inTransaction'
import { poolOf } from '../../src/lib/db/poolOf'
import { charge, pay } from '../helpers/ledger'
import { startPayload } from '../helpers/testPayload'
import { buildWorld } from '../helpers/world'
import type { World } from '../helpers/world'
import { keepOpenItemsAfterIssue } from '../../src/ledger/operations/keepOpenItemsAfterIssue'

/**
 * The open-items upkeep after an issue of charges (Bulk Ops' executor calls it) on a real database: charges appended after everything an
 * apartment owes only add to its balance row, every other case is rebuilt in full, and either
 * way the ledger is exactly what the live FIFO formula says (verifyLedger).
 */
let payload: Payload
let world: World
let category: ExpenseCategory

const ISSUED = 2_500

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload)
  category = await payload.create({
    collection: 'expense-categories',
    data: { code: 'general', name: 'General', shareColumn: 'general', tenant: world.a.office.id },
    depth: 0,
  })
})

/**
 * One charge per apartment, written without their upkeep (as a batch of an issue is before it is
 * kept), then kept by `keepOpenItemsAfterIssue`, in one transaction.
 */
const issueTo = async (apartmentIds: number[], dueDate: string) => {
  const req = await createLocalReq({ context: { skipAudit: true, skipOpenItems: true } }, payload)
  return inTransaction(req, async () => {
    const chargeIds: number[] = []
    for (const apartment of apartmentIds) {
      const created = await payload.create({
        collection: 'charges',
        data: {
          amount: ISSUED,
          apartment,
          category: category.id,
          description: 'Issued',
          // Wholly open, as the ledger's own insert writes a new charge before keeping it.
          openAmount: ISSUED,
          // 12:00 in Athens, as the ledger stores a system charge's due day.
          dueDate: `${dueDate}T09:00:00.000Z`,
          period: '2031-05',
          source: 'common-expense',
          sourceReference: `expense:test-${dueDate}`,
        },
        depth: 0,
        req,
      })
      chargeIds.push(created.id)
    }
    return keepOpenItemsAfterIssue({ chargeIds, req })
  })
}

const ledgerOf = async (apartmentId: number) => {
  const { rows } = await poolOf(payload).query<{
    balance: string
    count: string
    oldest: null | string
  }>(
    `select balance, open_items_count as count, to_char(oldest_unpaid_due_date at time zone 'Europe/Athens', 'YYYY-MM-DD') as oldest
       from apartment_balances where apartment_id = $1`,
    [apartmentId],
  )
  const open = await poolOf(payload).query<{ amount: string; open_amount: string }>(
    `select amount, open_amount from charges where apartment_id = $1 and amount > 0 order by due_date, id`,
    [apartmentId],
  )
  return {
    balance: Number(rows[0].balance),
    oldestUnpaid: rows[0].oldest,
    open: open.rows.map((row) => [Number(row.amount), Number(row.open_amount)]),
    openItems: Number(rows[0].count),
  }
}

describe('open items after an issue', () => {
  it('should append where nothing older moves, rebuild the rest, and leave the ledger exact', async () => {
    const [owing, inCredit, laterCharge, untouched] = world.a.apartments.map(
      (apartment) => apartment.id,
    )
    // Owes 6,000 from March: the new charge is simply added.
    await charge(payload, { amount: 10_000, apartment: owing, dueDate: '2031-03-25' })
    await pay(payload, { amount: 4_000, apartment: owing, receivedAt: '2031-03-20' })
    // Paid ahead: the credit settles the new charge.
    await pay(payload, { amount: 7_000, apartment: inCredit, receivedAt: '2031-04-02' })
    // Settled, but its charge is due after the new one: FIFO moves the payment to the new charge.
    await charge(payload, { amount: 3_000, apartment: laterCharge, dueDate: '2031-12-10' })
    await pay(payload, { amount: 3_000, apartment: laterCharge, receivedAt: '2031-04-03' })
    // `untouched` has no ledger and no balance row yet.

    const ways = await issueTo([owing, inCredit, laterCharge, untouched], '2031-06-10')
    expect(ways).toEqual({
      appended: [owing],
      rebuilt: [inCredit, laterCharge, untouched].sort((a, b) => a - b),
    })

    expect(await ledgerOf(owing)).toEqual({
      balance: 8_500,
      oldestUnpaid: '2031-03-25',
      open: [
        [10_000, 6_000],
        [ISSUED, ISSUED],
      ],
      openItems: 2,
    })
    expect(await ledgerOf(inCredit)).toEqual({
      balance: -4_500,
      oldestUnpaid: null,
      open: [[ISSUED, 0]],
      openItems: 0,
    })
    expect(await ledgerOf(laterCharge)).toEqual({
      balance: ISSUED,
      oldestUnpaid: '2031-12-10',
      open: [
        [ISSUED, 0],
        [3_000, ISSUED],
      ],
      openItems: 1,
    })
    expect(await ledgerOf(untouched)).toEqual({
      balance: ISSUED,
      oldestUnpaid: '2031-06-10',
      open: [[ISSUED, ISSUED]],
      openItems: 1,
    })
    expect((await verifyLedger({ office: world.a.office.id, payload })).mismatches).toEqual([])
  })

  it('should append to an apartment whose oldest open charge is the one just issued', async () => {
    const [, , , untouched] = world.a.apartments.map((apartment) => apartment.id)
    await pay(payload, { amount: ISSUED, apartment: untouched, receivedAt: '2031-06-01' })
    // Settled to zero: the next month's charge is the only open one.
    expect(await issueTo([untouched], '2031-07-10')).toEqual({ appended: [untouched], rebuilt: [] })
    expect(await ledgerOf(untouched)).toEqual({
      balance: ISSUED,
      oldestUnpaid: '2031-07-10',
      open: [
        [ISSUED, 0],
        [ISSUED, ISSUED],
      ],
      openItems: 1,
    })
    expect((await verifyLedger({ office: world.a.office.id, payload })).mismatches).toEqual([])
  })
})
