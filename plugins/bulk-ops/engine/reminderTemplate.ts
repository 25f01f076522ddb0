import { REMINDER_WORDING } from '../../../src/lib/notifications/reminderWording'

/** The placeholders a reminder's template may use (checked by `placeholderErrors`). */
export const REMINDER_PLACEHOLDERS = ['owner', 'amount', 'paymentLink'] as const
/** The office-language defaults of a reminder's subject and text. */
export const REMINDER_DEFAULTS = {
  el: {
    subject: REMINDER_WORDING.el.subject,
    template:
      'Αγαπητέ/ή {owner}, το υπόλοιπο κοινοχρήστων σας είναι {amount}. Πληρωμή: {paymentLink}',
  },
  en: {
    subject: REMINDER_WORDING.en.subject,
    template: 'Dear {owner}, your common charges balance is {amount}. Pay here: {paymentLink}',
  },
} as const
