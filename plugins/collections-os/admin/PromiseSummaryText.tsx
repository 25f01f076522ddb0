import type { MoneyLocale } from '../../../src/lib/money/formatMoney'
import type { PromiseSummary } from './collectionsQueue'
import { moneyLabel } from '../../../src/lib/admin/moneyLabel'

/**
 * The apartment's latest promise in one line: its terms and where it stands (active, or kept,
 * broken or cancelled with the day that happened), so the transitions show in the queue.
 */
export const PromiseSummaryText = ({
  money,
  promise,
}: {
  money: { currency: string; locale: MoneyLocale }
  promise: null | PromiseSummary
}) => {
  if (!promise) return <span className="collections-os__muted">None</span>
  return (
    <span
      className="collections-os__promise-summary"
      data-promise-id={promise.id}
      data-promise-status={promise.status}
    >
      {moneyLabel({ amount: promise.amount, ...money })} by {promise.dueDate}
      <span
        className={`collections-os__promise-status collections-os__promise-status--${promise.status}`}
      >
        {' · '}
        {promise.status}
        {promise.resolvedOn ? ` on ${promise.resolvedOn}` : ''}
      </span>
      {promise.paid > 0 && promise.status === 'active' && (
        <span className="collections-os__muted">
          {' '}
          · {moneyLabel({ amount: promise.paid, ...money })} paid
        </span>
      )}
    </span>
  )
}
