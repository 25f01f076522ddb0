import type { MoneyLocale } from '../../../src/lib/money/formatMoney'
import type { EstimatedImpact } from '../engine/types'
import type { JobDetail } from './bulkJobDetail'
import { ACTION_LABELS, wizardStepOf } from './bulkLabels'
import { ExecutionProgress } from './ExecutionProgress.client'
import { ImpactSummary } from './ImpactSummary'
import { ItemsTable } from './ItemsTable'
import { JobActions } from './JobActions.client'
import { JobFacts } from './JobFacts'
import { ResultsSection } from './ResultsSection'
import type { BulkViewParams, SearchParams } from './viewParams'
import { viewHref } from './viewParams'
import { WizardSteps } from './WizardSteps'

type Props = {
  base: string
  buildingNames: Map<number, string>
  categoryNames: Map<number, string>
  current: SearchParams
  detail: JobDetail
  jobsUrl: string
  money: { currency: string; locale: MoneyLocale }
  state: BulkViewParams
  timezone: string
}

/**
 * One job through the wizard's steps 2 to 4: its dry-run (estimated impact, preview diff,
 * validation errors, plan hash) with execute; its progress while a worker runs it; its results
 * with the errors and item retry.
 */
export const JobSection = ({
  base,
  buildingNames,
  categoryNames,
  current,
  detail,
  jobsUrl,
  money,
  state,
  timezone,
}: Props) => {
  const { job } = detail
  const step = wizardStepOf(job.status)
  const items = (
    <ItemsTable
      base={base}
      categoryNames={categoryNames}
      current={current}
      items={detail.items}
      money={money}
      status={state.itemStatus}
    />
  )
  return (
    <section
      aria-labelledby="bulk-job-heading"
      className="bulk-center__section"
      data-job-id={job.id}
      data-job-status={job.status}
    >
      <a className="bulk-center__link" href={viewHref(base, {}, { office: state.office })}>
        ← New job and all jobs
      </a>
      <h2 id="bulk-job-heading">
        Job #{job.id} · {ACTION_LABELS[job.action]}
      </h2>
      {step !== null && <WizardSteps current={step} />}
      <JobFacts
        buildingNames={buildingNames}
        createdBy={detail.createdBy}
        job={job}
        timezone={timezone}
      />

      {job.status === 'cancelled' && (
        <div className="bulk-center__empty" role="status">
          This job was cancelled before it ran: nothing was changed.
        </div>
      )}

      {job.status === 'draft' && (
        <>
          <div className="bulk-center__empty" role="status">
            Not dry-run yet: run the dry-run to see what the job would do. Nothing is changed until
            you execute.
          </div>
          <JobActions jobId={job.id} jobsUrl={jobsUrl} status="draft" />
        </>
      )}

      {job.status === 'dry-run-ready' && (
        <>
          <h3>Estimated impact</h3>
          <ImpactSummary
            action={job.action}
            buildingNames={buildingNames}
            categoryNames={categoryNames}
            impact={job.estimatedImpact as EstimatedImpact}
            money={money}
            planHash={job.planHash}
          />
          <JobActions jobId={job.id} jobsUrl={jobsUrl} status="dry-run-ready" />
          <h3>Preview</h3>
          {items}
        </>
      )}

      {job.status === 'executing' && (
        <>
          <h3>Progress</h3>
          <ExecutionProgress
            initial={{
              itemsFailed: job.itemsFailed,
              itemsSkipped: job.itemsSkipped,
              itemsSucceeded: job.itemsSucceeded,
              itemsTotal: job.itemsTotal,
            }}
            jobUrl={`${jobsUrl}/${job.id}`}
          />
        </>
      )}

      {(job.status === 'completed' ||
        job.status === 'completed-with-errors' ||
        job.status === 'failed') && (
        <>
          <h3>Results</h3>
          <ResultsSection detail={detail} jobsUrl={jobsUrl} timezone={timezone} />
          <h3>Items</h3>
          {items}
        </>
      )}
    </section>
  )
}
