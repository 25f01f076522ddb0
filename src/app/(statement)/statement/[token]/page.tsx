import config from '@payload-config'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import { apartmentStatement } from '../../../../ledger/operations/apartmentStatement'
import { formatMoney } from '../../../../lib/money/formatMoney'
import { requestAddress } from '../../../../lib/rateLimits/requestAddress'
import { consumeLimits } from '../../../../lib/rateLimits/limiters'
import { refusalMessage } from '../../../../lib/rateLimits/refuseRateLimited'
import { metrics } from '../../../../lib/metrics/registry'
import { recordPublicLinkRefusal } from '../../../../lib/security/recordPublicLinkRefusal'
import { recordRateLimitRefusal } from '../../../../lib/security/recordRateLimitRefusal'
import { openStatementLink } from '../../../../lib/statement/openStatementLink'
import { statementText } from './statementText'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ token: string }> }

/**
 * An owner's statement, opened from the link in a reminder (`/statement/<token>`): balance, open
 * charges, recent payments. No account needed; the signed, expiring, revocable link is the key
 * (docs/security/public-links.md). A bad, expired, revoked or foreign token and an unknown
 * apartment all answer the same 404, so the page tells nobody which apartments exist.
 */
const StatementPage = async ({ params }: Props) => {
  const { token } = await params
  const payload = await getPayload({ config })
  const address = requestAddress(await headers())
  if (address !== null) {
    const { refused } = await consumeLimits(payload, [
      { key: `address:${address}`, name: 'public-link' },
    ])
    // A page cannot set its own status in the App Router: the refusal is a page that says when.
    if (refused) {
      metrics.rateLimited.inc({ policy: refused.name })
      await recordRateLimitRefusal({ address, payload, refused, route: '/statement/:token' })
      return (
        <main className="statement" data-testid="statement-rate-limited">
          <h1>Πάρα πολλά αιτήματα · Too many requests</h1>
          <p>{refusalMessage(refused)}</p>
        </main>
      )
    }
  }
  const opened = await openStatementLink({ payload, token })
  if (!opened.ok) {
    await recordPublicLinkRefusal({
      address,
      payload,
      purpose: 'statement',
      reason: opened.reason,
      token,
    })
    notFound()
  }
  const statement = await apartmentStatement({ apartmentId: opened.apartmentId, payload })
  if (!statement) notFound()

  const { apartment, balance, office, openItems, recentPayments } = statement
  const t = statementText[office.locale]
  const money = (amount: number): string =>
    amount < 0
      ? `−${money(-amount)}`
      : formatMoney({ amount, currency: office.currency, locale: office.locale })
  return (
    <main className="statement" lang={office.locale}>
      <h1>{t.title}</h1>
      <p className="muted">
        {office.name} · {apartment.building}, {apartment.address}, {apartment.city} · {t.apartment}{' '}
        {apartment.label}
        {apartment.owner ? ` · ${apartment.owner}` : ''}
      </p>
      <p className={balance > 0 ? 'balance owed' : 'balance'} data-testid="statement-balance">
        {balance > 0
          ? `${t.owed}: ${money(balance)}`
          : balance < 0
            ? `${t.credit}: ${money(-balance)}`
            : t.settled}
      </p>

      <h2>{t.openItems}</h2>
      {openItems.length === 0 ? (
        <p>{t.noOpenItems}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t.period}</th>
              <th>{t.description}</th>
              <th>{t.due}</th>
              <th className="amount">{t.amount}</th>
              <th className="amount">{t.open}</th>
            </tr>
          </thead>
          <tbody>
            {openItems.map((item, index) => (
              <tr key={index}>
                <td>{item.period ?? '—'}</td>
                <td>{item.description ?? '—'}</td>
                <td className={item.daysOverdue > 0 ? 'late' : undefined}>
                  {item.dueDate}
                  {item.daysOverdue > 0 ? ` (${t.daysLate(item.daysOverdue)})` : ''}
                </td>
                <td className="amount">{money(item.amount)}</td>
                <td className="amount">{money(item.open)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{t.recentPayments}</h2>
      {recentPayments.length === 0 ? (
        <p>{t.noPayments}</p>
      ) : (
        <table>
          <tbody>
            {recentPayments.map((payment, index) => (
              <tr key={index}>
                <td>{payment.receivedOn}</td>
                <td>{payment.reference ?? ''}</td>
                <td className="amount">{money(payment.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted">{t.howToPay(office.name)}</p>
    </main>
  )
}

export default StatementPage
