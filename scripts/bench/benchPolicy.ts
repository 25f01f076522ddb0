import type { Payload } from 'payload'

import { DUNNING_POLICIES } from '../../plugins/collections-os/constants'

const BENCH_POLICY_NAME = 'Bench: office default'

const template = (el: string, en: string) => ({ el, en })

/**
 * An office default as an office would write it: a friendly e-mail from the first overdue day,
 * a firmer one at a month, a final notice at two months, a posted legal notice past ninety days.
 * No late fee and no manager task, so running it leaves the ledger of the bench data as it was.
 */
export const BENCH_POLICY = {
  isActive: true,
  minimumBalance: 2_000,
  name: BENCH_POLICY_NAME,
  steps: [
    {
      channel: 'email' as const,
      maxContacts: 2,
      minDaysBetweenContacts: 14,
      template: template(
        'Αγαπητέ/ή {owner}, τα κοινόχρηστα {amount} είναι σε καθυστέρηση {daysOverdue} ημερών. Πληρωμή: {paymentLink}',
        'Dear {owner}, your common charges of {amount} are {daysOverdue} days overdue. Pay: {paymentLink}',
      ),
      threshold: { bucket: '0-30' as const, type: 'bucket' as const },
    },
    {
      channel: 'email' as const,
      maxContacts: 2,
      minDaysBetweenContacts: 14,
      template: template(
        'Αγαπητέ/ή {owner}, οφείλετε {amount} εδώ και {daysOverdue} ημέρες. Παρακαλούμε εξοφλήστε: {paymentLink}',
        'Dear {owner}, {amount} has been owed for {daysOverdue} days. Please settle it: {paymentLink}',
      ),
      threshold: { bucket: '31-60' as const, type: 'bucket' as const },
    },
    {
      channel: 'email' as const,
      maxContacts: 1,
      minDaysBetweenContacts: 30,
      template: template(
        'Τελική ειδοποίηση, {owner}: {amount}, {daysOverdue} ημέρες. Μετά θα σταλεί εξώδικο. {paymentLink}',
        'Final notice, {owner}: {amount}, {daysOverdue} days overdue. A legal notice follows. {paymentLink}',
      ),
      threshold: { bucket: '61-90' as const, type: 'bucket' as const },
    },
    {
      channel: 'letter' as const,
      maxContacts: 1,
      minDaysBetweenContacts: 30,
      template: template(
        'Εξώδικη δήλωση προς {owner}: οφειλή κοινοχρήστων {amount}, {daysOverdue} ημέρες. {paymentLink}',
        'Legal notice to {owner}: common charges of {amount} owed for {daysOverdue} days. {paymentLink}',
      ),
      threshold: { bucket: '90+' as const, type: 'bucket' as const },
    },
  ],
}

/**
 * The bench's policy for `officeId`, created through the Local API (so the collection's
 * validation runs on it, as on any saved policy) the first time and reused after.
 */
export const ensureBenchPolicy = async (payload: Payload, officeId: number): Promise<number> => {
  const existing = await payload.find({
    collection: DUNNING_POLICIES,
    depth: 0,
    limit: 1,
    where: { and: [{ tenant: { equals: officeId } }, { name: { equals: BENCH_POLICY_NAME } }] },
  })
  if (existing.docs[0]) return existing.docs[0].id
  const created = await payload.create({
    collection: DUNNING_POLICIES,
    data: { ...BENCH_POLICY, tenant: officeId },
    depth: 0,
  })
  return created.id
}
