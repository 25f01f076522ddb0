import { planReminderItems } from './planReminderItems'
import type { PlanApartment } from './types'

const apartment = (
  id: number,
  balance: number,
  owner: Partial<PlanApartment['owner']> = {},
  portalUserId: null | number = null,
): PlanApartment => ({
  id,
  balance,
  buildingId: 10,
  buildingName: 'B10',
  label: `A${id}`,
  oldestUnpaidDueDate: null,
  openItems: 1,
  owner: {
    email: `owner${id}@example.gr`,
    name: `Owner ${id}`,
    phone: '+30 210 000 0000',
    postalAddress: `Owner ${id}, Ermou 1`,
    ...owner,
  },
  portalUserId,
  shares: { elevator: 0, general: 500, heating: 0 },
})

const plan = (
  apartments: PlanApartment[],
  fields: Partial<Parameters<typeof planReminderItems>[0]> = {},
) =>
  planReminderItems({
    apartments,
    channel: 'email',
    currency: 'EUR',
    locale: 'en',
    paymentLinkOf: (id) => `https://pay.test/${id}`,
    scope: { apartments: [], buildings: [10], period: null },
    subject: 'Reminder',
    template: 'Dear {owner}, you owe {amount}: {paymentLink}',
    ...fields,
  })

describe('planReminderItems', () => {
  it('should write one message per owner who owes, about the balance', () => {
    const [item] = plan([apartment(1, 12_345)])
    expect(item).toMatchObject({ amount: 12_345, status: 'pending', validationErrors: [] })
    expect(item.preview).toEqual({
      after: 12_345,
      before: 12_345,
      lines: [],
      message: {
        body: 'Dear Owner 1, you owe €123.45: https://pay.test/1',
        channel: 'email',
        subject: 'Reminder',
        to: 'owner1@example.gr',
      },
    })
  })

  it('should skip quietly an apartment that owes nothing', () => {
    expect(
      plan([apartment(1, 0), apartment(2, -500)]).map((item) => [
        item.status,
        item.preview.skipReason,
        item.validationErrors.length,
      ]),
    ).toEqual([
      ['skipped', 'no-balance', 0],
      ['skipped', 'no-balance', 0],
    ])
  })

  it('should report no-contact-data when the channel cannot reach the owner', () => {
    const apartments = [
      apartment(1, 100, { email: null }),
      apartment(2, 100, { phone: ' ' }),
      apartment(3, 100, { postalAddress: null }),
      apartment(4, 100),
    ]
    expect(plan(apartments)[0].validationErrors).toEqual([
      { code: 'no-contact-data', message: 'The owner has no email contact' },
    ])
    expect(plan(apartments, { channel: 'sms' })[1].validationErrors[0].code).toBe('no-contact-data')
    expect(plan(apartments, { channel: 'letter' })[2].validationErrors[0].code).toBe(
      'no-contact-data',
    )
    expect(plan(apartments, { channel: 'in-app' })[3].validationErrors[0].code).toBe(
      'no-contact-data',
    )
    expect(plan([apartment(5, 100, {}, 77)], { channel: 'in-app' })[0].preview.message?.to).toBe(
      '77',
    )
  })

  it('should greet an owner without a name generically, in the office language', () => {
    const [item] = plan([apartment(1, 100, { name: null })], {
      locale: 'el',
      template: '{owner}: {amount}',
    })
    expect(item.preview.message?.body).toBe('ιδιοκτήτη: 1,00\u00a0€')
  })
})
