import { Banner } from '@payloadcms/ui'
import { notFound } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { scopeOf } from '../../../access/scopeOf'
import type { ScopedUser } from '../../../access/scopeOf'
import { AdminPage } from '../../admin/AdminPage'
import { instantLabel } from '../../admin/instantLabel'
import { positiveIntParam } from '../../admin/viewQuery'
import type { SearchParams } from '../../admin/viewQuery'
import { actorLabel, detailLabel, KIND_LABELS } from './securityLabels'
import { dailyCounts, kindCounts, latestSecurityEvents, topOffenders } from './securityViewData'
import type { Offender } from './securityViewData'
import { isViewRefusal, maySeeSecurityView, securityViewScope } from './securityViewScope'
import './securityView.scss'

type Props = AdminViewServerProps & { path: string; title: string }

const OffenderTable = ({ label, offenders }: { label: string; offenders: Offender[] }) =>
  offenders.length === 0 ? (
    <p className="security-view__empty">
      No {label.toLowerCase()} with events in the last 24 hours.
    </p>
  ) : (
    <table className="security-view__table">
      <thead>
        <tr>
          <th>{label}</th>
          <th className="security-view__number">Events</th>
          <th>Kinds</th>
          <th>Last (UTC)</th>
        </tr>
      </thead>
      <tbody>
        {offenders.map((offender) => (
          <tr key={offender.key}>
            <td>
              <code>{offender.key}</code>
            </td>
            <td className="security-view__number">{offender.count}</td>
            <td>{offender.kinds.map((kind) => KIND_LABELS[kind]).join(', ')}</td>
            <td className="security-view__when">{instantLabel(offender.lastAt, 'UTC')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )

/**
 * The Security view (NC-504): events per kind (24 hours, 30 days), per day for 14 days, the
 * latest 50, and the addresses and accounts with the most events in 24 hours. Platform admins
 * read every row, office admins their offices' rows (an office selector when they have several);
 * for anyone else it is the admin's 404, like a missing page. All reads are set-based SQL in the
 * viewer's scope (`securityViewData`); times are UTC because rows span offices.
 */
export const SecurityView = async ({
  initPageResult,
  params,
  path,
  searchParams,
  title,
}: Props) => {
  const { req } = initPageResult
  const user = scopeOf(req.user as ScopedUser | null)
  if (!maySeeSecurityView(user)) notFound()

  const current = (searchParams ?? {}) as SearchParams
  const office = positiveIntParam(current.office)
  const scope = securityViewScope({ office, scope: user })
  const base = `${req.payload.config.routes.admin}${path}`

  const page = async () => {
    if (isViewRefusal(scope)) return <Banner type="error">{scope.message}</Banner>
    const now = new Date()
    const [offices, kinds, days, latest, offenders] = await Promise.all([
      req.payload.find({
        collection: 'offices',
        depth: 0,
        limit: 500,
        overrideAccess: false,
        pagination: false,
        req,
        select: { name: true },
        sort: 'name',
        user: req.user,
      }),
      kindCounts({ now, payload: req.payload, scope }),
      dailyCounts({ now, payload: req.payload, scope }),
      latestSecurityEvents({ payload: req.payload, scope }),
      topOffenders({ now, payload: req.payload, scope }),
    ])
    return (
      <>
        <p className="security-view__muted">
          {user.role === 'platform-admin' && office === undefined
            ? 'Every office, and events of no office (anonymous sign-ins, unknown webhooks).'
            : "Your offices' events."}{' '}
          Kept 90 days; times in UTC.
        </p>
        {offices.docs.length > 1 && (
          <form action={base} className="security-view__filters" method="get">
            <label>
              Office
              <select defaultValue={office ?? ''} name="office">
                <option value="">All</option>
                {offices.docs.map((doc) => (
                  <option key={doc.id} value={doc.id}>
                    {doc.name}
                  </option>
                ))}
              </select>
            </label>
            <button className="btn btn--style-secondary btn--size-small" type="submit">
              Apply
            </button>
          </form>
        )}

        <section aria-labelledby="security-kinds" className="security-view__section">
          <h2 id="security-kinds">By kind</h2>
          <table className="security-view__table" data-testid="security-kinds">
            <thead>
              <tr>
                <th>Kind</th>
                <th className="security-view__number">Last 24 hours</th>
                <th className="security-view__number">Last 30 days</th>
              </tr>
            </thead>
            <tbody>
              {kinds.map((row) => (
                <tr key={row.kind}>
                  <td>{KIND_LABELS[row.kind]}</td>
                  <td className="security-view__number">{row.day}</td>
                  <td className="security-view__number">{row.month}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        <section aria-labelledby="security-days" className="security-view__section">
          <h2 id="security-days">Per day, last 14 days</h2>
          <table className="security-view__table security-view__days">
            <tbody>
              {days.map((entry) => (
                <tr key={entry.day}>
                  <td className="security-view__when">{entry.day}</td>
                  <td className="security-view__bar-cell">
                    <span
                      aria-hidden="true"
                      className="security-view__bar"
                      style={{ width: `${Math.round(entry.share * 100)}%` }}
                    />
                  </td>
                  <td className="security-view__number">{entry.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        <section aria-labelledby="security-latest" className="security-view__section">
          <h2 id="security-latest">Latest events</h2>
          {latest.length === 0 ? (
            <p className="security-view__empty">No security events.</p>
          ) : (
            <div className="security-view__scroll">
              <table className="security-view__table" data-testid="security-latest">
                <thead>
                  <tr>
                    <th>Time (UTC)</th>
                    <th>Kind</th>
                    <th>Office</th>
                    <th>Actor or account</th>
                    <th>Address</th>
                    <th>Detail</th>
                  </tr>
                </thead>
                <tbody>
                  {latest.map((event) => (
                    <tr key={event.id}>
                      <td className="security-view__when">
                        {instantLabel(event.createdAt, 'UTC')}
                      </td>
                      <td>{KIND_LABELS[event.kind]}</td>
                      <td>{event.officeName ?? '—'}</td>
                      <td>{actorLabel(event)}</td>
                      <td>{event.address ?? '—'}</td>
                      <td>{detailLabel(event.detail)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>

        <section aria-labelledby="security-offenders" className="security-view__section">
          <h2 id="security-offenders">Most events in 24 hours</h2>
          <OffenderTable label="Addresses" offenders={offenders.addresses} />
          <OffenderTable label="Accounts" offenders={offenders.accounts} />
        </section>
      </>
    )
  }

  return (
    <AdminPage
      className="security-view"
      initPageResult={initPageResult}
      params={params}
      searchParams={searchParams}
      title={title}
    >
      {await page()}
    </AdminPage>
  )
}
