import type { OfficeLocale } from '../locale/officeLocale'
import { formatCents } from './formatCents'

/** The languages money is written in: an office's. */
export type MoneyLocale = OfficeLocale

const formats = new Map<string, Intl.NumberFormat>()

/**
 * Integer cents as money in the office's locale and currency (`123456`, EUR: `1.234,56 €` in el,
 * `€1,234.56` in en). Exact for any safe amount: Intl formats the whole units as a BigInt and
 * the cents digits come from `formatCents`, so no float ever rounds a debt. Two decimals, like
 * every amount in the ledger. Only amounts owed are formatted (reminders, statements), so a negative one is refused.
 */
export const formatMoney = ({
  amount,
  currency,
  locale,
}: {
  amount: number
  currency: string
  locale: MoneyLocale
}): string => {
  if (amount < 0) throw new RangeError('an amount owed cannot be negative')
  const [units, cents] = formatCents(amount).split('.')
  return formatOf({ currency, locale })
    .formatToParts(BigInt(units))
    .map((part) => (part.type === 'fraction' ? cents : part.value))
    .join('')
}

// One formatter per locale and currency: building one costs far more than using it.
const formatOf = ({ currency, locale }: { currency: string; locale: MoneyLocale }) => {
  const key = `${locale}:${currency}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      currency,
      maximumFractionDigits: 2,
      minimumFractionDigits: 2,
      style: 'currency',
    })
    formats.set(key, format)
  }
  return format
}
