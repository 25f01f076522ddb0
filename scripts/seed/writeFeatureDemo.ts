import type { Payload } from 'payload'

import { periodOf } from '../../src/ledger/engine/officeCalendar'

type Ids = { buildingIds: number[]; officeIds: number[] }

/** The demo office's dunning practice: a friendly reminder, a firmer one with a fee and a call, a legal notice. */
const demoPolicySteps = [
  {
    channel: 'email' as const,
    maxContacts: 2,
    minDaysBetweenContacts: 14,
    template: {
      el: 'Αγαπητέ/ή {owner}, υπάρχει ανεξόφλητο ποσό {amount} ({daysOverdue} ημέρες). Κατάσταση και πληρωμή: {paymentLink}',
      en: 'Dear {owner}, {amount} of common charges is {daysOverdue} days overdue. Statement and payment: {paymentLink}',
    },
    threshold: { bucket: '0-30' as const, type: 'bucket' as const },
  },
  {
    action: { lateFee: { amount: 500, type: 'fixed' as const }, shouldCreateManagerTask: true },
    channel: 'email' as const,
    maxContacts: 1,
    minDaysBetweenContacts: 14,
    template: {
      el: 'Αγαπητέ/ή {owner}, η οφειλή σας {amount} είναι σε καθυστέρηση {daysOverdue} ημερών· χρεώθηκε τέλος καθυστέρησης. {paymentLink}',
      en: 'Dear {owner}, your balance of {amount} is {daysOverdue} days overdue; a late fee has been charged. {paymentLink}',
    },
    threshold: { bucket: '31-60' as const, type: 'bucket' as const },
  },
  {
    action: { isLegalNotice: true },
    channel: 'letter' as const,
    maxContacts: 1,
    minDaysBetweenContacts: 30,
    template: {
      el: 'Εξώδικη όχληση: οφειλή {amount}, {daysOverdue} ημέρες σε καθυστέρηση.',
      en: 'Formal notice: {amount} owed, {daysOverdue} days overdue.',
    },
    threshold: { bucket: '90+' as const, type: 'bucket' as const },
  },
]

/**
 * What the demo shows in the feature plugins: each office's default dunning policy (runs on
 * Monday mornings), this month's expenses of every building, not yet issued, an elevator
 * contract as a recurring expense, and a Bulk Ops template for the monthly issue, so the
 * Collections queue and the Bulk Center have something to act on from the first start.
 */
export const writeFeatureDemo = async ({
  ids,
  payload,
  today,
}: {
  ids: Ids
  payload: Payload
  today: string
}) => {
  const period = periodOf(today)
  for (const office of ids.officeIds) {
    await payload.create({
      collection: 'dunning-policies',
      data: {
        minimumBalance: 1_000,
        name: 'Office default',
        schedule: '0 7 * * 1',
        steps: demoPolicySteps,
        tenant: office,
      },
      depth: 0,
    })
    const { docs: categories } = await payload.find({
      collection: 'expense-categories',
      depth: 0,
      pagination: false,
      where: { tenant: { equals: office } },
    })
    const category = (code: string) => categories.find((row) => row.code === code)?.id
    const { docs: buildings } = await payload.find({
      collection: 'buildings',
      depth: 0,
      pagination: false,
      sort: 'id',
      where: { tenant: { equals: office } },
    })
    for (const [index, building] of buildings.entries()) {
      const expenses = [
        {
          amount: 42_000 + index * 3_500,
          category: category('common'),
          description: 'Cleaning of common areas',
          supplierName: 'Katharotita OE',
        },
        {
          amount: 18_000 + index * 1_200,
          category: category('elevator'),
          description: 'Elevator repair',
          supplierName: 'Anelkystires AE',
        },
        {
          amount: 96_000 + index * 7_000,
          category: category('heating'),
          description: 'Heating oil',
          supplierName: 'Thermo Kafsima',
        },
      ]
      for (const expense of expenses) {
        if (expense.category === undefined) continue
        await payload.create({
          collection: 'expenses',
          data: { ...expense, building: building.id, category: expense.category, period },
          depth: 0,
        })
      }
      const elevator = category('elevator')
      if (elevator !== undefined) {
        await payload.create({
          collection: 'recurring-expenses',
          data: {
            activeMonths: ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'],
            building: building.id,
            category: elevator,
            description: 'Elevator maintenance contract',
            monthlyAmount: 4_500,
          },
          depth: 0,
        })
      }
    }
    await payload.create({
      collection: 'bulk-templates',
      data: {
        action: 'common-expense-issue',
        name: 'Monthly common charges, all buildings',
        scope: { buildings: buildings.map((building) => building.id) },
        tenant: office,
      },
      depth: 0,
    })
  }
}
