import type { MoneyLocale } from '../../../src/lib/money/formatMoney'
import type { BulkAction } from '../constants'
import type { EstimatedImpact } from '../engine/types'
import { moneyLabel } from '../../../src/lib/admin/moneyLabel'

type Props = {
  action: BulkAction
  buildingNames: Map<number, string>
  categoryNames: Map<number, string>
  impact: EstimatedImpact
  money: { currency: string; locale: MoneyLocale }
  planHash: null | string | undefined
}

const isChargeAction = (action: BulkAction) =>
  action === 'common-expense-issue' || action === 'recurring-expenses' || action === 'reversal'

/** The dry-run's estimated impact: how many items, how much by building and category, how many messages. */
export const ImpactSummary = ({
  action,
  buildingNames,
  categoryNames,
  impact,
  money,
  planHash,
}: Props) => (
  <div className="bulk-center__impact" data-impact="">
    <dl className="bulk-center__facts">
      <div>
        <dt>Items</dt>
        <dd data-impact-items={impact.items}>
          {impact.planned} to execute · {impact.skipped} skipped
        </dd>
      </div>
      <div>
        <dt>Validation errors</dt>
        <dd data-impact-validation-errors={impact.validationErrors}>{impact.validationErrors}</dd>
      </div>
      {isChargeAction(action) && (
        <div>
          <dt>{action === 'reversal' ? 'Total credited' : 'Total charged'}</dt>
          <dd className="bulk-center__total" data-impact-total={impact.totalCents}>
            {moneyLabel({ amount: impact.totalCents, ...money })}
          </dd>
        </div>
      )}
      {action === 'reminders' && (
        <div>
          <dt>Messages to send</dt>
          <dd data-impact-messages={impact.messages}>{impact.messages}</dd>
        </div>
      )}
      {action === 'export' && (
        <div>
          <dt>CSV rows</dt>
          <dd>{impact.rows}</dd>
        </div>
      )}
      <div>
        <dt>Plan hash</dt>
        <dd>
          <code className="bulk-center__trace" title={planHash ?? undefined}>
            {planHash ? `${planHash.slice(0, 12)}…` : '—'}
          </code>
        </dd>
      </div>
    </dl>
    {isChargeAction(action) && impact.byBuilding.length > 0 && (
      <div className="bulk-center__breakdowns">
        <table className="bulk-center__breakdown">
          <caption>By building</caption>
          <tbody>
            {impact.byBuilding.map((row) => (
              <tr data-building-id={row.building} key={row.building}>
                <th scope="row">
                  {buildingNames.get(row.building) ?? `Building #${row.building}`}
                </th>
                <td className="bulk-center__number">{row.items} apartments</td>
                <td className="bulk-center__number">
                  {moneyLabel({ amount: row.cents, ...money })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="bulk-center__breakdown">
          <caption>By category</caption>
          <tbody>
            {impact.byCategory.map((row) => (
              <tr key={row.category ?? 'none'}>
                <th scope="row">
                  {row.category === null
                    ? 'Uncategorised'
                    : (categoryNames.get(row.category) ?? `Category #${row.category}`)}
                </th>
                <td className="bulk-center__number">
                  {moneyLabel({ amount: row.cents, ...money })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    )}
  </div>
)
