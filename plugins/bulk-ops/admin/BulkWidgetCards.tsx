import type { BulkWidgets } from './bulkWidgets'
import { durationLabel } from './bulkLabels'

type Props = {
  /** Where "see them" links go: the Bulk Center with a status filter (`?status=` is appended). */
  listHref: string
  widgets: BulkWidgets
}

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`
const withStatus = (href: string, status: string) =>
  `${href}${href.includes('?') ? '&' : '?'}status=${status}`

/** Three cards: jobs running now, recent failures, and how long a job takes (NC-305). */
export const BulkWidgetCards = ({ listHref, widgets }: Props) => {
  const failures = widgets.jobsWithErrors + widgets.failedJobs
  return (
    <div className="bulk-center__widgets" data-bulk-widgets="">
      <div className="bulk-center__card" data-widget="active">
        <h3>Active jobs</h3>
        <p className="bulk-center__figure">{widgets.activeJobs}</p>
        <p className="bulk-center__muted">
          {widgets.activeJobs === 0 ? 'Nothing is executing. ' : 'executing now. '}
          {widgets.awaitingExecution > 0 && (
            <a className="bulk-center__link" href={withStatus(listHref, 'dry-run-ready')}>
              {plural(widgets.awaitingExecution, 'job')} dry-run and waiting to execute
            </a>
          )}
        </p>
      </div>
      <div
        className={`bulk-center__card${failures > 0 ? ' bulk-center__card--alert' : ''}`}
        data-widget="failures"
      >
        <h3>Failures · last {widgets.windowDays} days</h3>
        <p className="bulk-center__figure">{widgets.failedItems}</p>
        <p className="bulk-center__muted">
          {failures === 0 ? (
            'failed items. No job failed.'
          ) : (
            <>
              failed items in{' '}
              {widgets.jobsWithErrors > 0 && (
                <a
                  className="bulk-center__link"
                  href={withStatus(listHref, 'completed-with-errors')}
                >
                  {plural(widgets.jobsWithErrors, 'job')} completed with errors
                </a>
              )}
              {widgets.jobsWithErrors > 0 && widgets.failedJobs > 0 && ' and '}
              {widgets.failedJobs > 0 && (
                <a className="bulk-center__link" href={withStatus(listHref, 'failed')}>
                  {plural(widgets.failedJobs, 'failed job')}
                </a>
              )}
            </>
          )}
        </p>
      </div>
      <div className="bulk-center__card" data-widget="duration">
        <h3>Average completion</h3>
        <p className="bulk-center__figure">{durationLabel(widgets.averageCompletionSeconds)}</p>
        <p className="bulk-center__muted">
          {widgets.finishedSampled === 0
            ? 'No job has finished yet.'
            : `over the last ${plural(widgets.finishedSampled, 'finished job')}`}
        </p>
      </div>
    </div>
  )
}
