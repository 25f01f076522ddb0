import { planJob } from './planJob'
import type { PlanInput } from './planInput'
import type { PlanApartment } from './types'

const apartment = (id: number): PlanApartment => ({
  id,
  balance: 1_000,
  buildingId: 10,
  buildingName: 'B10',
  label: `A${id}`,
  oldestUnpaidDueDate: null,
  openItems: 1,
  owner: { email: `o${id}@example.gr`, name: null, phone: null, postalAddress: null },
  portalUserId: null,
  shares: { elevator: 500, general: 500, heating: 500 },
})

const base = {
  apartments: [apartment(1), apartment(2)],
  scope: { apartments: [], buildings: [10], period: '2026-02' },
}
const link = (id: number) => `https://pay.test/${id}`

describe('planJob', () => {
  it('should plan the period recurring expenses with their period keys', () => {
    const input: PlanInput = {
      ...base,
      action: 'recurring-expenses',
      existingKeys: [],
      parameters: { dueDate: '2026-03-10' },
      recurring: [
        {
          id: 4,
          active: true,
          activeMonths: ['02'],
          amount: 1_001,
          buildingId: 10,
          categoryId: 5,
          description: 'Lift',
          shareColumn: 'elevator',
          updatedAt: 'x',
        },
        {
          id: 5,
          active: true,
          activeMonths: ['03'],
          amount: 9_999,
          buildingId: 10,
          categoryId: 5,
          description: 'Garden',
          shareColumn: 'general',
          updatedAt: 'x',
        },
      ],
    }
    const plan = planJob({ input, paymentLinkOf: link })
    expect(
      plan.items.map((item) => item.preview.lines.map((line) => [line.reference, line.amount])),
    ).toEqual([[['recurring:4:2026-02', 501]], [['recurring:4:2026-02', 500]]])
    expect(plan.estimatedImpact).toMatchObject({ planned: 2, totalCents: 1_001 })
  })

  it('should plan reminders with the payment link of each apartment', () => {
    const input: PlanInput = {
      ...base,
      action: 'reminders',
      office: { currency: 'EUR', locale: 'en' },
      parameters: { channel: 'email', subject: 'S', template: '{paymentLink}' },
    }
    expect(
      planJob({ input, paymentLinkOf: link }).items.map((item) => item.preview.message?.body),
    ).toEqual(['https://pay.test/1', 'https://pay.test/2'])
  })

  it('should plan an export row per apartment and a reversal per reversed apartment', () => {
    expect(
      planJob({
        input: { ...base, action: 'export', parameters: { columns: ['apartment'] } },
        paymentLinkOf: link,
      }).estimatedImpact.rows,
    ).toBe(2)
    const reversal: PlanInput = {
      ...base,
      action: 'reversal',
      charges: [
        {
          id: 70,
          amount: 500,
          apartmentId: 2,
          buildingId: 10,
          categoryId: 5,
          dueDate: '2026-03-10',
          period: '2026-02',
          source: 'recurring',
        },
      ],
      existingKeys: [],
      parameters: { job: 3 },
    }
    expect(planJob({ input: reversal, paymentLinkOf: link }).estimatedImpact).toMatchObject({
      items: 1,
      totalCents: -500,
    })
  })
})
