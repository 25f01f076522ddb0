import { Banner } from '@payloadcms/ui'
import { notFound } from 'next/navigation'
import type { AdminViewServerProps, PayloadRequest } from 'payload'

import { scopeOf } from '../../../src/access/scopeOf'
import type { ScopedUser } from '../../../src/access/scopeOf'
import { AdminPage } from '../../../src/lib/admin/AdminPage'
import { featureEnabledFor } from '../../../src/lib/admin/featureEnabledFor'
import type { FlagName } from '../../../src/lib/flags/flagNames'
import { officeToday } from '../../../src/ledger/engine/officeCalendar'
import { TENANT_COOKIE, isScopeFailure } from '../../../src/ledger/admin/resolveViewScope'
import { mayWriteTemplates } from '../engine/mayWriteTemplates'
import { bulkRoutes } from '../api/routes'
import { bulkJobDetail } from './bulkJobDetail'
import { bulkWidgets } from './bulkWidgets'
import { BulkWidgetCards } from './BulkWidgetCards'
import { JobListSection } from './JobListSection'
import { JobSection } from './JobSection'
import { NewJobForm } from './NewJobForm.client'
import { recentJobs } from './recentJobs'
import { resolveBulkViewScope } from './resolveBulkViewScope'
import type { BulkViewScope } from './resolveBulkViewScope'
import { viewHref, viewParams } from './viewParams'
import type { SearchParams } from './viewParams'
import { WizardSteps } from './WizardSteps'
import { wizardOptions } from './wizardOptions'
import './bulkCenter.scss'

type Props = AdminViewServerProps & { flag: FlagName; path: string; title: string }

/** Names of the office's expense categories, for preview lines and the impact by category. */
const categoryNamesOf = async ({ req, scope }: { req: PayloadRequest; scope: BulkViewScope }) => {
  const { docs } = await req.payload.find({
    collection: 'expense-categories',
    depth: 0,
    limit: 500,
    overrideAccess: false,
    req,
    select: { name: true },
    user: req.user,
    where: { tenant: { equals: scope.officeId } },
  })
  return new Map(docs.map((category) => [category.id, category.name]))
}

/**
 * The Bulk Center (NC-304, NC-305): the office's bulk widgets on top, then either the wizard's
 * first step with the job list, or one job (`?job=`) at its dry-run, progress or results. Reads
 * happen here, on the server, with the user's scope; the client components act through the Bulk
 * API. Like every feature view, it is the admin's 404 for a user whose offices lack the feature.
 */
export const BulkCenterView = async ({
  flag,
  initPageResult,
  params,
  path,
  searchParams,
  title,
}: Props) => {
  const { req } = initPageResult
  if (
    !(await featureEnabledFor({ flag, payload: req.payload, user: req.user as ScopedUser | null }))
  )
    notFound()

  const current = (searchParams ?? {}) as SearchParams
  const state = viewParams(current)
  const base = `${req.payload.config.routes.admin}${path}`
  const apiRoute = req.payload.config.routes.api
  const jobsUrl = `${apiRoute}${bulkRoutes.createJob.path}`
  const listHref = viewHref(base, {}, { office: state.office })
  const scope = await resolveBulkViewScope({
    office: state.office,
    req,
    selectedOffice: initPageResult.cookies.get(TENANT_COOKIE),
  })

  const page = async () => {
    if (isScopeFailure(scope)) return <Banner type="error">{scope.message}</Banner>
    const money = { currency: scope.currency, locale: scope.locale }
    const [widgets, options, categoryNames] = await Promise.all([
      bulkWidgets({ buildingIds: scope.buildingIds, officeId: scope.officeId, req }),
      wizardOptions({ req, scope }),
      categoryNamesOf({ req, scope }),
    ])
    const buildingNames = new Map(options.buildings.map((building) => [building.id, building.name]))
    const header = (
      <>
        <p className="bulk-center__muted">
          {scope.officeName} · one checked job instead of hundreds of edits: select, dry-run,
          execute.
        </p>
        <section aria-label="Bulk jobs at a glance" className="bulk-center__section">
          <BulkWidgetCards listHref={listHref} widgets={widgets} />
        </section>
      </>
    )

    if (state.jobId !== undefined) {
      const detail = await bulkJobDetail({
        itemStatus: state.itemStatus,
        itemsPage: state.itemsPage,
        jobId: state.jobId,
        req,
      })
      return (
        <>
          {header}
          {detail ? (
            <JobSection
              base={base}
              buildingNames={buildingNames}
              categoryNames={categoryNames}
              current={current}
              detail={detail}
              jobsUrl={jobsUrl}
              money={money}
              state={state}
              timezone={scope.timezone}
            />
          ) : (
            <Banner type="error">
              Job #{state.jobId} not found. <a href={listHref}>Back to the Bulk Center</a>
            </Banner>
          )}
        </>
      )
    }

    const list = await recentJobs({ page: state.page, req, scope, status: state.status })
    return (
      <>
        {header}
        <section aria-labelledby="bulk-new-heading" className="bulk-center__section">
          <h2 id="bulk-new-heading">New job</h2>
          <WizardSteps current={1} />
          <NewJobForm
            apartmentsUrl={`${apiRoute}/apartments`}
            buildings={options.buildings}
            canSaveTemplates={mayWriteTemplates(scopeOf(req.user as ScopedUser))}
            defaultPeriod={officeToday(scope.timezone).slice(0, 7)}
            jobHref={listHref}
            jobsUrl={jobsUrl}
            reversible={options.reversible}
            templates={options.templates}
            templatesUrl={`${apiRoute}${bulkRoutes.createTemplate.path}`}
          />
        </section>
        <JobListSection
          base={base}
          current={current}
          list={list}
          state={state}
          timezone={scope.timezone}
        />
      </>
    )
  }

  return (
    <AdminPage
      className="bulk-center"
      initPageResult={initPageResult}
      params={params}
      searchParams={searchParams}
      title={title}
    >
      {await page()}
    </AdminPage>
  )
}
