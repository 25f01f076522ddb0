import { Banner } from '@payloadcms/ui'
import { notFound } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { AdminPage } from '../../../src/lib/admin/AdminPage'
import {
  resolveViewScope,
  TENANT_COOKIE,
  isScopeFailure,
} from '../../../src/ledger/admin/resolveViewScope'
import type { ScopedUser } from '../../../src/access/scopeOf'
import { featureEnabledFor } from '../../../src/lib/admin/featureEnabledFor'
import type { FlagName } from '../../../src/lib/flags/flagNames'
import { collectionsRoutes } from '../api/routes'
import { DUNNING_POLICIES } from '../constants'
import { collectionsQueue } from './collectionsQueue'
import { QueueSection } from './QueueSection'
import { recentRuns } from './recentRuns'
import { RunDrawer } from './RunDrawer.client'
import { runOptions } from './runOptions'
import { RunsSection } from './RunsSection'
import { runTimeline } from './runTimeline'
import { RunTimelineList } from './RunTimelineList'
import { viewHref, viewParams } from './viewParams'
import type { SearchParams } from './viewParams'
import { officeLocale } from '../../../src/lib/locale/officeLocale'
import './collectionsView.scss'

type Props = AdminViewServerProps & { flag: FlagName; path: string; title: string }

/**
 * The Collections admin page: the queue of apartments in arrears with what the engine would do
 * next, promises to pay from each row, the runs with "Run now", and a run's event timeline in a
 * drawer. Everything is read on the server through the user's scope; the page's state (filters,
 * pages, the open run) is in the URL. Like every feature view, it is the admin's 404 for a user
 * whose offices do not have the feature.
 */
export const CollectionsView = async ({
  flag,
  initPageResult,
  params,
  path,
  searchParams,
  title,
}: Props) => {
  const { req } = initPageResult
  const user = req.user as ScopedUser | null
  if (!(await featureEnabledFor({ flag, payload: req.payload, user }))) notFound()

  const current = (searchParams ?? {}) as SearchParams
  const state = viewParams(current)
  const base = `${req.payload.config.routes.admin}${path}`
  const scope = await resolveViewScope({
    office: state.office,
    req,
    selectedOffice: initPageResult.cookies.get(TENANT_COOKIE),
  })

  const page = async () => {
    if (isScopeFailure(scope)) return <Banner type="error">{scope.message}</Banner>
    const office = await req.payload.findByID({
      collection: 'offices',
      depth: 0,
      id: scope.officeId,
      select: { locale: true, name: true },
    })
    const [queue, runs, policies, buildings, timeline] = await Promise.all([
      collectionsQueue({ filters: state.filters, page: state.page, req, scope }),
      recentRuns({ page: state.runsPage, req, scope }),
      req.payload.find({
        collection: DUNNING_POLICIES,
        depth: 0,
        limit: 100,
        overrideAccess: false,
        req,
        select: { building: true, isActive: true, name: true },
        sort: 'name',
        user: req.user,
        where: { tenant: { equals: scope.officeId } },
      }),
      req.payload.find({
        collection: 'buildings',
        depth: 0,
        limit: 500,
        overrideAccess: false,
        req,
        select: { name: true },
        sort: 'name',
        user: req.user,
        where: { tenant: { equals: scope.officeId } },
      }),
      state.runId === undefined ? null : runTimeline({ req, runId: state.runId, scope }),
    ])
    const money = {
      currency: scope.currency,
      locale: officeLocale(office.locale),
    }
    const apiRoute = req.payload.config.routes.api
    const buildingNames = new Map(buildings.docs.map((building) => [building.id, building.name]))
    return (
      <>
        <p className="collections-os__subtitle">
          {office.name} · as of {queue.asOf}
        </p>
        <QueueSection
          base={base}
          buildings={buildings.docs.map((building) => ({ id: building.id, name: building.name }))}
          current={current}
          money={money}
          promisesUrl={`${apiRoute}${collectionsRoutes.createPromise.path}`}
          queue={queue}
          state={state}
        />
        <RunsSection
          base={base}
          buildingNames={buildingNames}
          current={current}
          policies={runOptions({
            buildingIds: scope.buildingIds,
            buildingNames,
            policies: policies.docs,
          })}
          runs={runs}
          timezone={scope.timezone}
          replayUrl={`${apiRoute}${collectionsRoutes.replayRun.path}`}
          triggerUrl={`${apiRoute}${collectionsRoutes.triggerRun.path}`}
        />
        {state.runId !== undefined && (
          <RunDrawer
            closeHref={viewHref(base, current, { run: undefined })}
            title={`Run #${state.runId}`}
          >
            {timeline ? (
              <RunTimelineList money={money} timeline={timeline} timezone={scope.timezone} />
            ) : (
              <Banner type="error">Run not found.</Banner>
            )}
          </RunDrawer>
        )}
      </>
    )
  }

  return (
    <AdminPage
      className="collections-os"
      initPageResult={initPageResult}
      params={params}
      searchParams={searchParams}
      title={title}
    >
      {await page()}
    </AdminPage>
  )
}
