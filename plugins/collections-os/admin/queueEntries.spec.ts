import { shiftDate } from '../../../src/ledger/engine/officeCalendar'
import type { PlanRunInput } from '../engine/planRun'
import {
  AS_OF,
  buildingOverride,
  officeDefaultPolicy,
  position,
  runInput,
} from '../engine/testFixtures'
import { queueEntries } from './queueEntries'

// One contact per step, so a second one is `max-contacts`.
const officeDefault = officeDefaultPolicy({ maxContacts: 1 })
const override = buildingOverride(officeDefault)

// The queue reads every policy of the office: no policy of its own (policyId 0).
const input = (fields: Partial<PlanRunInput>): PlanRunInput =>
  runInput([officeDefault, override], { policyId: 0, ...fields })

describe('queueEntries', () => {
  it("should give each apartment its governing policy's next step and the bucket of its oldest unpaid item", () => {
    const entries = queueEntries({
      input: input({
        history: [
          {
            apartmentId: 102,
            channel: 'email',
            policyId: 1,
            sentAt: shiftDate(AS_OF, -3),
            stepIndex: 0,
          },
        ],
        positions: [
          position(101, 10),
          position(102, 12),
          position(103, 45),
          position(104, 8, { buildingId: 20 }),
        ],
        promises: [
          {
            id: 9,
            amount: 10_000,
            apartmentId: 103,
            dueDate: '2026-06-20',
            graceDays: 3,
            madeOn: '2026-06-01',
            status: 'active',
          },
        ],
      }),
    })
    expect(
      entries.map((entry) => [entry.apartmentId, entry.bucket, entry.status, entry.next]),
    ).toEqual([
      [
        103,
        '31-60',
        'promise-active',
        { kind: 'skip', policyId: 1, reason: 'promise-active', stepIndex: 1 },
      ],
      [
        102,
        '0-30',
        'max-contacts',
        { kind: 'skip', policyId: 1, reason: 'max-contacts', stepIndex: 0 },
      ],
      [101, '0-30', 'to-contact', { channel: 'email', kind: 'contact', policyId: 1, stepIndex: 0 }],
      [
        104,
        '0-30',
        'to-contact',
        { channel: 'letter', kind: 'contact', policyId: 2, stepIndex: 0 },
      ],
    ])
    expect(entries.find((entry) => entry.apartmentId === 102)?.lastContact).toEqual({
      channel: 'email',
      sentOn: shiftDate(AS_OF, -3),
      stepIndex: 0,
    })
  })

  it('should settle a credit against the oldest item first, so a partly paid apartment ages from its next item', () => {
    const [entry] = queueEntries({
      input: input({
        positions: [
          position(101, 70, {
            balance: 3_000,
            openItems: [
              { amount: 5_000, dueDate: shiftDate(AS_OF, -70) },
              { amount: 3_000, dueDate: shiftDate(AS_OF, -20) },
            ],
          }),
        ],
      }),
    })
    expect(entry).toMatchObject({ amountOverdue: 3_000, bucket: '0-30', daysOverdue: 20 })
  })

  it('should call an apartment with nothing late yet not-due, and one no active policy governs no-policy', () => {
    const entries = queueEntries({
      input: input({
        policies: [{ ...officeDefault, isActive: false }, override],
        positions: [position(101, -5), position(102, 10, { buildingId: 20 })],
      }),
    })
    expect(entries.map((entry) => [entry.apartmentId, entry.bucket, entry.status])).toEqual([
      [102, '0-30', 'to-contact'],
      [101, 'not-due', 'no-policy'],
    ])
  })

  it('should filter by bucket, building and status, where contacted means any contact on record', () => {
    const queue = input({
      history: [
        {
          apartmentId: 102,
          channel: 'email',
          policyId: 1,
          sentAt: shiftDate(AS_OF, -40),
          stepIndex: 0,
        },
      ],
      positions: [position(101, 10), position(102, 40), position(103, 95, { buildingId: 20 })],
    })
    const ids = (filters: Parameters<typeof queueEntries>[0]['filters']) =>
      queueEntries({ filters, input: queue }).map((entry) => entry.apartmentId)
    expect(ids({ bucket: '31-60' })).toEqual([102])
    expect(ids({ bucket: '90+' })).toEqual([103])
    expect(ids({ buildingId: 20 })).toEqual([103])
    expect(ids({ status: 'contacted' })).toEqual([102])
    expect(ids({ status: 'to-contact' })).toEqual([103, 101])
    // Its second step is an SMS and the owner left no phone number.
    expect(ids({ status: 'no-contact-data' })).toEqual([102])
    expect(ids({ bucket: '0-30', status: 'promise-active' })).toEqual([])
  })

  it('should take the latest contact, and on the same day the higher step', () => {
    const [entry] = queueEntries({
      input: input({
        history: [
          { apartmentId: 101, channel: 'email', policyId: 1, sentAt: '2026-05-01', stepIndex: 0 },
          {
            apartmentId: 101,
            channel: 'sms',
            policyId: 1,
            sentAt: '2026-05-20T08:00:00.000Z',
            stepIndex: 1,
          },
          { apartmentId: 101, channel: 'email', policyId: 1, sentAt: '2026-05-20', stepIndex: 0 },
        ],
        positions: [position(101, 40)],
      }),
    })
    expect(entry.lastContact).toEqual({ channel: 'sms', sentOn: '2026-05-20', stepIndex: 1 })
  })
})
