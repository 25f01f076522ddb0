import { shiftDate } from '../../../src/ledger/engine/officeCalendar'
import { planRun } from './planRun'
import type { PlanRunInput } from './planRun'
import { SKIP_REASONS } from './skipReasons'
import {
  AS_OF,
  buildingOverride,
  officeDefaultPolicy,
  position as owing,
  runInput,
} from './testFixtures'
import type { ApartmentPosition, ContactRecord, PromiseToPay } from './types'

const officeDefault = officeDefaultPolicy()
const override = buildingOverride(officeDefault)

/** The shared position, its owner with a phone too (the default's second step texts). */
const position = (
  apartmentId: number,
  days: number,
  fields: Partial<ApartmentPosition> = {},
): ApartmentPosition =>
  owing(apartmentId, days, {
    owner: {
      email: `owner${apartmentId}@example.com`,
      phone: '+30 210 000 0000',
      postalAddress: 'Ermou 1, Athens',
    },
    ...fields,
  })

const plan = (input: Partial<PlanRunInput>) => planRun(runInput([officeDefault, override], input))

describe('planRun', () => {
  it('should plan contacts with idempotency keys and count every outcome', () => {
    const result = plan({
      history: [
        {
          apartmentId: 104,
          channel: 'email',
          policyId: 1,
          sentAt: shiftDate(AS_OF, -2),
          stepIndex: 0,
        },
      ],
      positions: [
        position(101, 10),
        position(102, 40),
        position(103, -5),
        position(104, 10),
        position(105, 10, { balance: 500, openItems: [{ amount: 500, dueDate: '2026-05-01' }] }),
        position(106, 10),
      ],
      promises: [
        {
          id: 1,
          amount: 10_000,
          apartmentId: 106,
          dueDate: '2026-06-20',
          graceDays: 3,
          madeOn: '2026-06-01',
          status: 'active',
        },
      ],
    })
    expect(result.period).toBe('2026-06')
    expect(result.contacts.map((contact) => [contact.apartmentId, contact.idempotencyKey])).toEqual(
      [
        [101, '7:1:101:0:email:2026-06'],
        [102, '7:1:102:1:sms:2026-06'],
      ],
    )
    expect(result.contacts[0]).toMatchObject({
      kind: 'contact',
      buildingId: 10,
      to: 'owner101@example.com',
    })
    expect(result.skips.map((skip) => [skip.apartmentId, skip.reason])).toEqual([
      [103, 'not-overdue'],
      [104, 'contacted-too-recently'],
      [105, 'below-minimum'],
      [106, 'promise-active'],
    ])
    expect(result.counters).toEqual({
      contacted: 2,
      evaluated: 6,
      notGoverned: 0,
      skipped: {
        'below-minimum': 1,
        'contacted-too-recently': 1,
        'max-contacts': 0,
        'no-contact-data': 0,
        'no-step': 0,
        'not-overdue': 1,
        'promise-active': 1,
      },
    })
  })

  it("should leave an overridden building to its override's run, and plan it there", () => {
    const positions = [position(1, 10), position(2, 10, { buildingId: 20 })]
    const defaultRun = plan({ positions })
    expect(defaultRun.contacts.map((contact) => contact.apartmentId)).toEqual([1])
    expect(defaultRun.counters).toMatchObject({ evaluated: 1, notGoverned: 1 })
    const overrideRun = plan({ policyId: 2, positions })
    expect(overrideRun.contacts.map((contact) => contact.idempotencyKey)).toEqual([
      '7:2:2:0:letter:2026-06',
    ])
  })

  it("should plan nothing for an inactive policy or another office's", () => {
    const positions = [position(1, 10)]
    expect(
      plan({ policies: [{ ...officeDefault, isActive: false }], positions }).counters,
    ).toMatchObject({ evaluated: 0, notGoverned: 1 })
    expect(plan({ officeId: 8, positions }).counters).toMatchObject({
      evaluated: 0,
      notGoverned: 1,
    })
  })

  it('should key the period by the month of asOf, so the next month is a new key', () => {
    const positions = [position(1, 40)]
    expect(plan({ asOf: '2026-07-01', positions }).contacts[0].idempotencyKey).toBe(
      '7:1:1:1:sms:2026-07',
    )
  })

  it('should give each apartment only its own history and promises', () => {
    const result = plan({
      history: [
        {
          apartmentId: 1,
          channel: 'email',
          policyId: 1,
          sentAt: shiftDate(AS_OF, -20),
          stepIndex: 0,
        },
        {
          apartmentId: 1,
          channel: 'email',
          policyId: 1,
          sentAt: shiftDate(AS_OF, -10),
          stepIndex: 0,
        },
      ],
      positions: [position(1, 25), position(2, 25)],
    })
    expect(result.skips).toMatchObject([{ apartmentId: 1, reason: 'max-contacts' }])
    expect(result.contacts).toMatchObject([{ apartmentId: 2 }])
  })

  it('should refuse an apartment listed twice', () => {
    expect(() => plan({ positions: [position(1, 10), position(1, 10)] })).toThrow(
      /apartment 1 appears twice/,
    )
  })

  it('should plan 20,000 apartments with counts that add up', () => {
    const positions: ApartmentPosition[] = []
    const history: ContactRecord[] = []
    const promises: PromiseToPay[] = []
    for (let apartmentId = 1; apartmentId <= 20_000; apartmentId += 1) {
      const days = (apartmentId % 130) - 10
      const hasOwnBuilding = apartmentId % 50 === 0
      positions.push(
        position(apartmentId, days, {
          buildingId: hasOwnBuilding ? 20 : 10 + (apartmentId % 7),
          owner:
            apartmentId % 11 === 0 ? {} : { email: 'owner@example.com', phone: '+30 210 000 0000' },
        }),
      )
      if (apartmentId % 3 === 0)
        history.push({
          apartmentId,
          channel: 'email',
          policyId: 1,
          sentAt: shiftDate(AS_OF, -3),
          stepIndex: 0,
        })
      if (apartmentId % 13 === 0) {
        promises.push({
          id: apartmentId,
          amount: 10_000,
          apartmentId,
          dueDate: '2026-06-30',
          graceDays: 3,
          madeOn: '2026-06-01',
          status: 'active',
        })
      }
    }
    const result = plan({ history, positions, promises })
    const skipped = SKIP_REASONS.reduce((sum, reason) => sum + result.counters.skipped[reason], 0)
    expect(result.counters.notGoverned).toBe(400)
    expect(result.counters.evaluated).toBe(19_600)
    expect(result.counters.contacted + skipped).toBe(result.counters.evaluated)
    expect(result.contacts).toHaveLength(result.counters.contacted)
    expect(result.skips).toHaveLength(skipped)
    expect(new Set(result.contacts.map((contact) => contact.idempotencyKey)).size).toBe(
      result.counters.contacted,
    )
    for (const reason of [
      'not-overdue',
      'promise-active',
      'contacted-too-recently',
      'no-contact-data',
    ] as const) {
      expect(result.counters.skipped[reason]).toBeGreaterThan(0)
    }
    expect(result.counters.contacted).toBeGreaterThan(0)
  })
})
