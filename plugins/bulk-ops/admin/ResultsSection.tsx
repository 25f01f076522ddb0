import { Banner } from '@payloadcms/ui'

import type { JobDetail } from './bulkJobDetail'
import { instantLabel } from '../../../src/lib/admin/instantLabel'
import { durationLabel } from './bulkLabels'
import { RetryPanel } from './RetryPanel.client'

type Props = { detail: JobDetail; jobsUrl: string; timezone: string }

const seconds = (from: null | string | undefined, to: null | string | undefined) =>
  from && to ? (new Date(to).getTime() - new Date(from).getTime()) / 1_000 : null

/**
 * Step 4: what the execution did: counters, how long it took, its trace id (to find its audit
 * events and logs), every failed attempt (bulk-job-errors), and retry of failed items.
 */
export const ResultsSection = ({ detail, jobsUrl, timezone }: Props) => {
  const { job } = detail
  const failed = job.itemsFailed ?? 0
  return (
    <div className="bulk-center__results" data-results={job.status}>
      {job.error && <Banner type="error">The job failed: {job.error}</Banner>}
      <dl className="bulk-center__counters">
        <div data-counter="succeeded">
          <dt>Succeeded</dt>
          <dd>{job.itemsSucceeded ?? 0}</dd>
        </div>
        <div data-counter="failed">
          <dt>Failed</dt>
          <dd>{failed}</dd>
        </div>
        <div data-counter="skipped">
          <dt>Skipped</dt>
          <dd>{job.itemsSkipped ?? 0}</dd>
        </div>
        <div data-counter="total">
          <dt>Total</dt>
          <dd>{job.itemsTotal ?? 0}</dd>
        </div>
        <div>
          <dt>Took</dt>
          <dd>{durationLabel(seconds(job.startedAt, job.finishedAt))}</dd>
        </div>
        <div>
          <dt>Trace id</dt>
          <dd>
            <code className="bulk-center__trace" data-results-trace-id={job.traceId ?? ''}>
              {job.traceId ?? '—'}
            </code>
          </dd>
        </div>
      </dl>

      {failed > 0 && (
        <>
          <h3>Retry failed items</h3>
          <RetryPanel
            failedItems={detail.failedItems.map((item) => ({
              id: item.id,
              error: item.error,
              label: `${item.buildingName} · ${item.apartmentLabel}`,
            }))}
            retryUrl={`${jobsUrl}/${job.id}/retry`}
            totalFailed={failed}
          />
        </>
      )}

      <h3>Errors</h3>
      {detail.errors.length === 0 ? (
        <div className="bulk-center__empty" role="status">
          No item failed.
        </div>
      ) : (
        <div className="table bulk-center__table">
          <table>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Apartment</th>
                <th scope="col">Attempt</th>
                <th scope="col">Code</th>
                <th scope="col">Message</th>
              </tr>
            </thead>
            <tbody>
              {detail.errors.map((error) => (
                <tr data-error-id={error.id} key={error.id}>
                  <td className="bulk-center__when">{instantLabel(error.at, timezone)}</td>
                  <td>{error.apartmentLabel}</td>
                  <td className="bulk-center__number">{error.attempt}</td>
                  <td>
                    <code>{error.code}</code>
                  </td>
                  <td>{error.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
}
