import { Button, Pill } from '@payloadcms/ui'

import { AGING_BUCKETS } from '../../../src/ledger/engine/agingBucket'
import type { MoneyLocale } from '../../../src/lib/money/formatMoney'
import { Pager } from '../../../src/lib/admin/Pager'

import type { QueuePage } from './collectionsQueue'
import { PromiseDrawer } from './PromiseDrawer.client'
import { QUEUE_STATUS_FILTERS } from './queueEntries'
import type { QueueStatus } from './queueEntries'
import { moneyLabel } from '../../../src/lib/admin/moneyLabel'
import { BUCKET_LABELS, nextStepLabel, STATUS_FILTER_LABELS, stepLabel } from './queueLabels'
import { PromiseSummaryText } from './PromiseSummaryText'
import { viewHref } from './viewParams'
import type { SearchParams, ViewParams } from './viewParams'

type Props = {
  base: string
  buildings: { id: number; name: string }[]
  current: SearchParams
  money: { currency: string; locale: MoneyLocale }
  promisesUrl: string
  queue: QueuePage
  state: ViewParams
}

const PILL_STYLE: Partial<Record<QueueStatus, 'error' | 'light-gray' | 'success' | 'warning'>> = {
  'no-contact-data': 'error',
  'promise-active': 'success',
  'to-contact': 'warning',
}

/** The queue of apartments in arrears: filters (a plain GET form, so they live in the URL), the table, the pager. */
export const QueueSection = ({
  base,
  buildings,
  current,
  money,
  promisesUrl,
  queue,
  state,
}: Props) => {
  const { filters } = state
  const isFiltered =
    filters.bucket !== undefined || filters.buildingId !== undefined || filters.status !== undefined
  return (
    <section aria-labelledby="collections-queue-heading" className="collections-os__section">
      <h2 id="collections-queue-heading">Queue</h2>
      <form action={base} className="collections-os__filters" method="get">
        {state.office !== undefined && <input name="office" type="hidden" value={state.office} />}
        <label>
          <span>Aging bucket</span>
          <select defaultValue={filters.bucket ?? ''} name="bucket">
            <option value="">Any</option>
            {AGING_BUCKETS.map((bucket) => (
              <option key={bucket} value={bucket}>
                {BUCKET_LABELS[bucket]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Status</span>
          <select defaultValue={filters.status ?? ''} name="status">
            <option value="">Any</option>
            {QUEUE_STATUS_FILTERS.map((status) => (
              <option key={status} value={status}>
                {STATUS_FILTER_LABELS[status]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Building</span>
          <select
            defaultValue={filters.buildingId === undefined ? '' : String(filters.buildingId)}
            name="building"
          >
            <option value="">All buildings</option>
            {buildings.map((building) => (
              <option key={building.id} value={building.id}>
                {building.name}
              </option>
            ))}
          </select>
        </label>
        <Button buttonStyle="secondary" size="small" type="submit">
          Apply
        </Button>
        {isFiltered && (
          <a className="collections-os__link" href={viewHref(base, {}, { office: state.office })}>
            Clear filters
          </a>
        )}
      </form>

      {queue.rows.length === 0 ? (
        <div className="collections-os__empty" role="status">
          {isFiltered
            ? 'No apartment in arrears matches these filters.'
            : 'No apartment is in arrears: there is nobody to chase.'}
        </div>
      ) : (
        <div className="table collections-os__table">
          <table>
            <thead>
              <tr>
                <th scope="col">Building</th>
                <th scope="col">Apartment</th>
                <th scope="col">Owner</th>
                <th scope="col">Aging</th>
                <th className="collections-os__number" scope="col">
                  Balance
                </th>
                <th scope="col">Last contact</th>
                <th scope="col">Next step</th>
                <th scope="col">Promise to pay</th>
              </tr>
            </thead>
            <tbody>
              {queue.rows.map((row) => (
                <tr
                  data-apartment-id={row.apartmentId}
                  data-status={row.status}
                  key={row.apartmentId}
                >
                  <td>{row.buildingName}</td>
                  <td>{row.apartmentLabel}</td>
                  <td>{row.ownerName ?? '—'}</td>
                  <td data-bucket={row.bucket}>
                    {BUCKET_LABELS[row.bucket]}
                    {row.daysOverdue !== null && (
                      <span className="collections-os__muted"> · {row.daysOverdue} d</span>
                    )}
                  </td>
                  <td className="collections-os__number collections-os__balance">
                    {moneyLabel({ amount: row.balance, ...money })}
                  </td>
                  <td className="collections-os__last-contact">
                    {row.lastContact
                      ? `${row.lastContact.sentOn} · ${stepLabel(row.lastContact.stepIndex)} · ${row.lastContact.channel}`
                      : 'Never'}
                  </td>
                  <td className="collections-os__next-step">
                    <Pill pillStyle={PILL_STYLE[row.status] ?? 'light-gray'} size="small">
                      {nextStepLabel(row.next)}
                    </Pill>
                  </td>
                  <td className="collections-os__promise">
                    <PromiseSummaryText money={money} promise={row.promise} />
                    <PromiseDrawer
                      apartmentId={row.apartmentId}
                      apartmentLabel={`${row.buildingName} · ${row.apartmentLabel}`}
                      balance={row.balance}
                      promise={row.promise?.status === 'active' ? row.promise : null}
                      promisesUrl={promisesUrl}
                      today={queue.asOf}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <Pager
        label="Queue pages"
        next={
          queue.page < queue.totalPages
            ? {
                href: viewHref(base, current, { page: queue.page + 1, run: undefined }),
                label: 'Next',
              }
            : undefined
        }
        previous={
          queue.page > 1
            ? {
                href: viewHref(base, current, { page: queue.page - 1, run: undefined }),
                label: 'Previous',
              }
            : undefined
        }
        summary={`${queue.totalDocs} apartment${queue.totalDocs === 1 ? '' : 's'} · page ${queue.page} of ${queue.totalPages}`}
      />
    </section>
  )
}
