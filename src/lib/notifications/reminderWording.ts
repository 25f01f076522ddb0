import type { OfficeLocale } from '../locale/officeLocale'

/**
 * What every balance reminder says in the office's language, whichever feature sends it (a
 * dunning step, a bulk reminder job): its subject line, and the salutation when the owner's name
 * is not known.
 */
export const REMINDER_WORDING: Record<OfficeLocale, { owner: string; subject: string }> = {
  el: { owner: 'ιδιοκτήτη', subject: 'Υπενθύμιση οφειλής κοινοχρήστων' },
  en: { owner: 'owner', subject: 'Common charges reminder' },
}
