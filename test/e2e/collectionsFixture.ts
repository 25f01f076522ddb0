import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import { officeToday, shiftDate } from '../../src/ledger/engine/officeCalendar'
import { charge } from '../helpers/ledger'

export const E2E_PASSWORD = 'e2e-password-1'

export type CollectionsFixture = {
  accountant: { email: string }
  /** An accountant of an office whose pilot override turns Collections OS off. */
  accountantWithoutFeature: { email: string }
  overdue: { id: number; owner: { email: string; name: string } }
  office: { id: number; slug: string; webhookSecret: string }
  policy: { id: number; name: string }
  today: string
}

const TIMEZONE = 'Europe/Athens'

/**
 * An office of its own for the Collections scenario, so the browser test neither depends on the
 * demo data nor changes what the other e2e files count: one building, an apartment owing 123.45
 * for 20 days and one owing nothing, an office-default policy (one e-mail step from the first
 * day), an accountant; and a second office with the feature switched off for it.
 */
export const createCollectionsFixture = async (payload: Payload): Promise<CollectionsFixture> => {
  const suffix = randomUUID().slice(0, 8)
  const today = officeToday(TIMEZONE)
  const office = await payload.create({
    collection: 'offices',
    data: {
      currency: 'EUR',
      locale: 'en',
      name: `E2E Collections ${suffix}`,
      slug: `e2e-collections-${suffix}`,
      timezone: TIMEZONE,
    },
  })
  const building = await payload.create({
    collection: 'buildings',
    data: {
      address: 'Ermou 10',
      city: 'Athens',
      name: `Ermou 10 (${suffix})`,
      postalCode: '10563',
      tenant: office.id,
    },
  })
  const owner = { email: `owner-${suffix}@example.gr`, name: 'Eleni Papadopoulou' }
  const overdue = await payload.create({
    collection: 'apartments',
    data: {
      building: building.id,
      label: '1A',
      owner,
      shares: { elevator: 500, general: 500, heating: 500 },
    },
  })
  await payload.create({
    collection: 'apartments',
    data: {
      building: building.id,
      label: '1B',
      owner: { email: `owner-1b-${suffix}@example.gr`, name: 'Nikos Georgiou' },
      shares: { elevator: 500, general: 500, heating: 500 },
    },
  })
  await charge(payload, { amount: 12_345, apartment: overdue.id, dueDate: shiftDate(today, -20) })
  const policy = await payload.create({
    collection: 'dunning-policies',
    data: {
      minimumBalance: 1_000,
      name: `Office default ${suffix}`,
      steps: [
        {
          channel: 'email',
          maxContacts: 1,
          minDaysBetweenContacts: 14,
          template: {
            el: 'Οφειλή {amount}',
            en: 'Dear {owner}, you owe {amount}, {daysOverdue} days overdue. Pay: {paymentLink}',
          },
          threshold: { bucket: '0-30', type: 'bucket' },
        },
      ],
      tenant: office.id,
    },
  })
  const accountant = { email: `accountant-${suffix}@test.local` }
  await payload.create({
    collection: 'users',
    data: {
      email: accountant.email,
      name: 'E2E accountant',
      password: E2E_PASSWORD,
      role: 'accountant',
      tenants: [{ tenant: office.id }],
    },
  })

  const dark = await payload.create({
    collection: 'offices',
    data: {
      currency: 'EUR',
      featureFlags: { collectionsOs: 'off' },
      locale: 'en',
      name: `E2E without Collections ${suffix}`,
      slug: `e2e-no-collections-${suffix}`,
      timezone: TIMEZONE,
    },
  })
  const accountantWithoutFeature = { email: `accountant-off-${suffix}@test.local` }
  await payload.create({
    collection: 'users',
    data: {
      email: accountantWithoutFeature.email,
      name: 'E2E accountant (off)',
      password: E2E_PASSWORD,
      role: 'accountant',
      tenants: [{ tenant: dark.id }],
    },
  })

  const stored = await payload.findByID({ collection: 'offices', depth: 0, id: office.id })
  return {
    accountant,
    accountantWithoutFeature,
    office: {
      id: office.id,
      slug: office.slug,
      webhookSecret: stored.paymentWebhookSecret as string,
    },
    overdue: { id: overdue.id, owner },
    policy: { id: policy.id, name: policy.name },
    today,
  }
}
