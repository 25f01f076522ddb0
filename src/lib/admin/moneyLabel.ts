import { formatMoney } from '../money/formatMoney'
import type { MoneyLocale } from '../money/formatMoney'

/** Money in the office's currency and locale for the admin views; a negative amount (a credit) keeps its sign. */
export const moneyLabel = ({
  amount,
  currency,
  locale,
}: {
  amount: number
  currency: string
  locale: MoneyLocale
}): string =>
  amount < 0
    ? `-${formatMoney({ amount: -amount, currency, locale })}`
    : formatMoney({ amount, currency, locale })
