import { formatMoney } from '../../../src/lib/money/formatMoney'
import type { MoneyLocale } from '../../../src/lib/money/formatMoney'
import { REMINDER_WORDING } from '../../../src/lib/notifications/reminderWording'
import { fillPlaceholders } from '../../../src/lib/text/placeholders'
import { resolveTargets } from './resolveTargets'
import { notInScope, skippedItem } from './skippedItem'
import type { JobScope, PlanApartment, PlannedItem, ReminderChannel } from './types'

const recipientOf = (apartment: PlanApartment, channel: ReminderChannel): null | string => {
  switch (channel) {
    case 'email':
      return apartment.owner.email
    case 'sms':
      return apartment.owner.phone
    case 'in-app':
      return apartment.portalUserId === null ? null : String(apartment.portalUserId)
    case 'letter':
      return apartment.owner.postalAddress
  }
}

/**
 * The items of a `reminders` job: one message to the owner of each apartment in scope that owes
 * something (balance above zero), about that balance. Apartments that owe nothing are skipped
 * quietly; an owner the channel cannot reach reports `no-contact-data`.
 */
export const planReminderItems = ({
  apartments,
  channel,
  currency,
  locale,
  paymentLinkOf,
  scope,
  subject,
  template,
}: {
  apartments: readonly PlanApartment[]
  channel: ReminderChannel
  currency: string
  locale: MoneyLocale
  paymentLinkOf: (apartmentId: number) => string
  scope: JobScope
  subject: string
  template: string
}): PlannedItem[] =>
  resolveTargets({ apartments, scope }).map(({ apartment, isInScope }) => {
    if (!isInScope) return notInScope(apartment)
    if (apartment.balance <= 0)
      return skippedItem({ apartment, preview: { skipReason: 'no-balance' } })
    const to = recipientOf(apartment, channel)?.trim()
    if (!to) {
      return skippedItem({
        apartment,
        validationErrors: [
          { code: 'no-contact-data', message: `The owner has no ${channel} contact` },
        ],
      })
    }
    const body = fillPlaceholders(template, {
      amount: formatMoney({ amount: apartment.balance, currency, locale }),
      owner: apartment.owner.name?.trim() || REMINDER_WORDING[locale].owner,
      paymentLink: paymentLinkOf(apartment.id),
    })
    return {
      amount: apartment.balance,
      apartmentId: apartment.id,
      buildingId: apartment.buildingId,
      preview: {
        after: apartment.balance,
        before: apartment.balance,
        lines: [],
        message: { body, channel, subject, to },
      },
      status: 'pending',
      validationErrors: [],
    }
  })
