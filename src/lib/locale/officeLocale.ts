/** The languages an office works in (the `offices.locale` options). */
export type OfficeLocale = 'el' | 'en'

/**
 * An office's language from its stored value: English when it says so, Greek otherwise, as the
 * `offices` collection defaults (the product serves Greek offices first). Every view, message and
 * page reads it through this, so an office never gets one language here and another there.
 */
export const officeLocale = (value: null | string | undefined): OfficeLocale =>
  value === 'en' ? 'en' : 'el'
