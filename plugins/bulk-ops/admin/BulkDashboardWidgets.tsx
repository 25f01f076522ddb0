import { cookies } from 'next/headers'
import { createLocalReq } from 'payload'
import type { Payload, TypedUser } from 'payload'

import { featureEnabledFor } from '../../../src/lib/admin/featureEnabledFor'
import type { FlagName } from '../../../src/lib/flags/flagNames'
import { TENANT_COOKIE, isScopeFailure } from '../../../src/ledger/admin/resolveViewScope'
import { bulkWidgets } from './bulkWidgets'
import { BulkWidgetCards } from './BulkWidgetCards'
import { resolveBulkViewScope } from './resolveBulkViewScope'
import './bulkCenter.scss'

type Props = {
  flag: FlagName
  /** The Bulk Center's path under the admin route. */
  href: string
  payload: Payload
  /** The logged-in user, as the admin passes it to server components. */
  user?: TypedUser
}

/**
 * The bulk widgets on the office dashboard (before Payload's own cards): active jobs, recent
 * failures and the average completion time, for the office and buildings the user sees. Renders
 * nothing where the feature is off for the user, or where there is no single office to show
 * (a platform admin who has not picked one).
 */
export const BulkDashboardWidgets = async ({ flag, href, payload, user }: Props) => {
  if (!user || !(await featureEnabledFor({ flag, payload, user }))) return null
  const req = await createLocalReq({ user }, payload)
  const scope = await resolveBulkViewScope({
    req,
    selectedOffice: (await cookies()).get(TENANT_COOKIE)?.value,
  })
  if (isScopeFailure(scope)) return null
  const widgets = await bulkWidgets({
    buildingIds: scope.buildingIds,
    officeId: scope.officeId,
    req,
  })
  const centerHref = `${payload.config.routes.admin}${href}`
  return (
    <section
      aria-labelledby="bulk-dashboard-heading"
      className="bulk-center bulk-center--dashboard"
      data-bulk-dashboard=""
    >
      <div className="bulk-center__dashboard-head">
        <h2 id="bulk-dashboard-heading">Bulk jobs</h2>
        <a className="bulk-center__link" href={centerHref}>
          Open the Bulk Center
        </a>
      </div>
      <BulkWidgetCards listHref={centerHref} widgets={widgets} />
    </section>
  )
}
