import type { Payload } from 'payload'

import { officeToday, shiftDate } from '../../src/ledger/engine/officeCalendar'
import { apartmentStatement } from '../../src/ledger/operations/apartmentStatement'
import { charge, pay } from '../helpers/ledger'
import { startPayload } from '../helpers/testPayload'
import { buildWorld } from '../helpers/world'
import type { World } from '../helpers/world'

/** The owner's statement page's data: balance, open charges with lateness, latest payments. */
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
