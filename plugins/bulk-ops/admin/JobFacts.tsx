import { Pill } from '@payloadcms/ui'

import type { BulkJob } from '../../../payload-types'
import { idsOf } from '../../../src/access/scopeOf'
import { instantLabel } from '../../../src/lib/admin/instantLabel'
import { ACTION_LABELS, JOB_STATUS_LABELS, JOB_STATUS_PILLS, PARAMETER_LABELS } from './bulkLabels'

type Props = {
  buildingNames: Map<number, string>
  createdBy: null | string
  job: BulkJob
  timezone: string
}

/** A parameter value as one line of text. */
const parameterText = (value: unknown) =>
  typeof value === 'string' ? value : JSON.stringify(value)

/** What the job is: action, scope, parameters, who made it and when, its trace id. */
export const JobFacts = ({ buildingNames, createdBy, job, timezone }: Props) => {
  const buildings = idsOf(job.scope?.buildings)
  const apartments = idsOf(job.scope?.apartments)
  const parameters =
    job.parameters && typeof job.parameters === 'object' && !Array.isArray(job.parameters)
      ? Object.entries(job.parameters)
      : []
  return (
    <dl className="bulk-center__facts" data-job-facts={job.id}>
      <div>
        <dt>Action</dt>
        <dd>{ACTION_LABELS[job.action]}</dd>
      </div>
      <div>
        <dt>Status</dt>
        <dd>
          <Pill pillStyle={JOB_STATUS_PILLS[job.status]} size="small">
            <span data-job-status={job.status}>{JOB_STATUS_LABELS[job.status]}</span>
          </Pill>
        </dd>
      </div>
      <div>
        <dt>Scope</dt>
        <dd>
          {buildings.length === 0
            ? 'The reversed job’s apartments'
            : buildings.map((id) => buildingNames.get(id) ?? `Building #${id}`).join(', ')}
          {apartments.length > 0 &&
            ` · ${apartments.length} apartment${apartments.length === 1 ? '' : 's'}`}
          {job.scope?.period && ` · ${job.scope.period}`}
        </dd>
      </div>
      {parameters.map(([key, value]) => (
        <div key={key}>
          <dt>{PARAMETER_LABELS[key] ?? key}</dt>
          <dd className="bulk-center__parameter">
            {key === 'job' ? `#${parameterText(value)}` : parameterText(value)}
          </dd>
        </div>
      ))}
      <div>
        <dt>Created</dt>
        <dd>
          {instantLabel(job.createdAt, timezone)}
          {createdBy && ` by ${createdBy}`}
        </dd>
      </div>
      <div>
        <dt>Dry-run</dt>
        <dd>{instantLabel(job.dryRunAt, timezone)}</dd>
      </div>
      <div>
        <dt>Started → finished</dt>
        <dd>
          {job.startedAt
            ? `${instantLabel(job.startedAt, timezone)} → ${job.finishedAt ? instantLabel(job.finishedAt, timezone) : '…'}`
            : 'Not started'}
        </dd>
      </div>
      <div>
        <dt>Trace id</dt>
        <dd>
          <code className="bulk-center__trace" data-trace-id={job.traceId ?? ''}>
            {job.traceId ?? '—'}
          </code>
        </dd>
      </div>
    </dl>
  )
}
