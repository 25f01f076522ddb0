import { Pill } from '@payloadcms/ui'

import type { MoneyLocale } from '../../../src/lib/money/formatMoney'
import { Pager } from '../../../src/lib/admin/Pager'
import { BULK_ITEM_STATUSES } from '../constants'
import type { ItemPreview } from '../engine/types'

import type { JobDetail } from './bulkJobDetail'
import { moneyLabel } from '../../../src/lib/admin/moneyLabel'
import { ITEM_STATUS_PILLS } from './bulkLabels'
import { viewHref } from './viewParams'
import type { SearchParams } from './viewParams'

type Props = {
  base: string
  categoryNames: Map<number, string>
  current: SearchParams
  items: JobDetail['items']
  money: { currency: string; locale: MoneyLocale }
  /** The status filter in effect, if any. */
  status?: string
}

const SKIP_REASONS: Record<NonNullable<ItemPreview['skipReason']>, string> = {
  'no-balance': 'Nothing owed: no reminder',
  'zero-amount': 'Nothing to charge',
}

/** What an item would do (dry-run) or did: the lines it creates, the message it sends, the row it writes. */
const Effect = ({
  categoryNames,
  money,
  preview,
}: {
  categoryNames: Map<number, string>
  money: Props['money']
  preview: ItemPreview | null
}) => {
  if (!preview) return <>—</>
  return (
    <ul className="bulk-center__lines">
      {preview.lines.map((line) => (
        <li data-line-reference={line.reference} key={line.reference} title={line.description}>
          {line.category === null
            ? 'Credit note'
            : (categoryNames.get(line.category) ?? `Category #${line.category}`)}
          :{' '}
          <span className="bulk-center__amount">
            {moneyLabel({ amount: line.amount, ...money })}
          </span>
        </li>
      ))}
      {preview.message && (
        <li>
          {preview.message.channel} to {preview.message.to}: “{preview.message.subject}”
        </li>
      )}
      {preview.row && <li>One CSV row</li>}
      {preview.alreadyIssued && preview.alreadyIssued.length > 0 && (
        <li className="bulk-center__muted">
          {preview.alreadyIssued.length} already issued, left out
        </li>
      )}
      {preview.skipReason && (
        <li className="bulk-center__muted">{SKIP_REASONS[preview.skipReason]}</li>
      )}
    </ul>
  )
}

/**
 * The items of a job, a page at a time: apartment, status, the balance before and after, what it
 * creates, why it is skipped (validation errors) and why it failed. The preview diff before
 * execution; the outcome after.
 */
export const ItemsTable = ({ base, categoryNames, current, items, money, status }: Props) => (
  <div className="bulk-center__items">
    <nav aria-label="Item status" className="bulk-center__tabs">
      {[undefined, ...BULK_ITEM_STATUSES].map((option) => (
        <a
          aria-current={option === status ? 'page' : undefined}
          className={`bulk-center__tab${option === status ? ' bulk-center__tab--current' : ''}`}
          href={viewHref(base, current, { items: option, itemsPage: undefined })}
          key={option ?? 'all'}
        >
          {option ?? 'all'}
        </a>
      ))}
    </nav>
    {items.rows.length === 0 ? (
      <div className="bulk-center__empty" role="status">
        {status ? `No ${status} items.` : 'The plan has no items: nothing in this scope to act on.'}
      </div>
    ) : (
      <div className="table bulk-center__table">
        <table>
          <thead>
            <tr>
              <th scope="col">Apartment</th>
              <th scope="col">Status</th>
              <th className="bulk-center__number" scope="col">
                Balance before → after
              </th>
              <th scope="col">Creates</th>
              <th scope="col">Validation errors</th>
            </tr>
          </thead>
          <tbody>
            {items.rows.map((item) => (
              <tr data-item-id={item.id} data-item-status={item.status} key={item.id}>
                <td>
                  {item.buildingName} · <strong>{item.apartmentLabel}</strong>
                </td>
                <td>
                  <Pill pillStyle={ITEM_STATUS_PILLS[item.status]} size="small">
                    {item.status}
                  </Pill>
                  {item.attempts > 1 && (
                    <span className="bulk-center__muted"> · {item.attempts} attempts</span>
                  )}
                  {item.error && <div className="bulk-center__error-text">{item.error}</div>}
                </td>
                <td className="bulk-center__number bulk-center__balance">
                  {item.preview
                    ? `${moneyLabel({ amount: item.preview.before, ...money })} → ${moneyLabel({ amount: item.preview.after, ...money })}`
                    : '—'}
                </td>
                <td>
                  <Effect categoryNames={categoryNames} money={money} preview={item.preview} />
                </td>
                <td className="bulk-center__validation">
                  {item.validationErrors.length === 0 ? (
                    <span className="bulk-center__muted">None</span>
                  ) : (
                    <ul className="bulk-center__lines">
                      {item.validationErrors.map((error, index) => (
                        <li data-validation-code={error.code} key={`${error.code}-${index}`}>
                          {error.message}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    )}
    {items.totalPages > 1 && (
      <Pager
        label="Item pages"
        next={
          items.page < items.totalPages
            ? { href: viewHref(base, current, { itemsPage: items.page + 1 }), label: 'Next' }
            : undefined
        }
        previous={
          items.page > 1
            ? { href: viewHref(base, current, { itemsPage: items.page - 1 }), label: 'Previous' }
            : undefined
        }
        summary={`${items.totalDocs} items · page ${items.page} of ${items.totalPages}`}
      />
    )}
  </div>
)
