import { Button, Pill } from '@payloadcms/ui'

import { Pager } from '../../../src/lib/admin/Pager'
import { BULK_JOB_STATUSES } from '../constants'

import { instantLabel } from '../../../src/lib/admin/instantLabel'
import { ACTION_LABELS, JOB_STATUS_LABELS, JOB_STATUS_PILLS } from './bulkLabels'
import type { JobListPage } from './recentJobs'
import { viewHref } from './viewParams'
import type { BulkViewParams, SearchParams } from './viewParams'

type Props = {
  base: string
  current: SearchParams
  list: JobListPage
  state: BulkViewParams
  timezone: string
}

/** The office's jobs, newest first, each linking to its preview, progress or results. */
export const JobListSection = ({ base, current, list, state, timezone }: Props) => (
  <section aria-labelledby="bulk-jobs-heading" className="bulk-center__section">
    <h2 id="bulk-jobs-heading">Jobs</h2>
    <form action={base} className="bulk-center__filters" method="get">
      {state.office !== undefined && <input name="office" type="hidden" value={state.office} />}
      <label>
        <span>Status</span>
        <select defaultValue={state.status ?? ''} name="status">
          <option value="">Any</option>
          {BULK_JOB_STATUSES.map((status) => (
            <option key={status} value={status}>
              {JOB_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </label>
      <Button buttonStyle="secondary" size="small" type="submit">
        Apply
      </Button>
      {state.status && (
        <a className="bulk-center__link" href={viewHref(base, {}, { office: state.office })}>
          Clear filter
        </a>
      )}
    </form>
    {list.jobs.length === 0 ? (
      <div className="bulk-center__empty" role="status">
        {state.status
          ? `No job is ${JOB_STATUS_LABELS[state.status].toLowerCase()}.`
          : 'No bulk jobs yet. Start one above: choose an action and a scope, then dry-run it.'}
      </div>
    ) : (
      <div className="table bulk-center__table">
        <table>
          <thead>
            <tr>
              <th scope="col">Job</th>
              <th scope="col">Action</th>
              <th scope="col">Status</th>
              <th className="bulk-center__number" scope="col">
                Succeeded / failed / skipped of total
              </th>
              <th scope="col">Created by</th>
              <th scope="col">Started → finished</th>
              <th scope="col">Trace id</th>
            </tr>
          </thead>
          <tbody>
            {list.jobs.map((job) => (
              <tr data-job-id={job.id} data-job-status={job.status} key={job.id}>
                <td>
                  <a
                    className="bulk-center__link"
                    href={viewHref(base, { office: current.office }, { job: job.id })}
                  >
                    #{job.id}
                  </a>
                </td>
                <td>
                  {ACTION_LABELS[job.action]}
                  {job.scope?.period && (
                    <span className="bulk-center__muted"> · {job.scope.period}</span>
                  )}
                </td>
                <td>
                  <Pill pillStyle={JOB_STATUS_PILLS[job.status]} size="small">
                    {JOB_STATUS_LABELS[job.status]}
                  </Pill>
                </td>
                <td className="bulk-center__number">
                  {job.itemsSucceeded ?? 0} / {job.itemsFailed ?? 0} / {job.itemsSkipped ?? 0} of{' '}
                  {job.itemsTotal ?? 0}
                </td>
                <td>
                  {typeof job.createdBy === 'number'
                    ? (list.creators.get(job.createdBy) ?? '—')
                    : '—'}
                </td>
                <td className="bulk-center__when">
                  {job.startedAt
                    ? `${instantLabel(job.startedAt, timezone)} → ${job.finishedAt ? instantLabel(job.finishedAt, timezone) : '…'}`
                    : 'Not started'}
                </td>
                <td>
                  <code className="bulk-center__trace">{job.traceId ?? '—'}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    )}
    {list.totalPages > 1 && (
      <Pager
        label="Job pages"
        next={
          list.page < list.totalPages
            ? { href: viewHref(base, current, { page: list.page + 1 }), label: 'Older' }
            : undefined
        }
        previous={
          list.page > 1
            ? { href: viewHref(base, current, { page: list.page - 1 }), label: 'Newer' }
            : undefined
        }
        summary={`${list.totalDocs} jobs · page ${list.page} of ${list.totalPages}`}
      />
    )}
  </section>
)
