import { Pill } from '@payloadcms/ui'

import { Pager } from '../../../src/lib/admin/Pager'

import { AutoRefresh } from './AutoRefresh.client'
import { runTimeLabel } from './queueLabels'
import { isRunActive } from './recentRuns'
import type { RunsPage, RunStatus } from './recentRuns'
import { isRunReplayable } from '../engine/isRunReplayable'
import { ReplayRunButton } from './ReplayRunButton.client'
import { RunNowPanel } from './RunNowPanel.client'
import { viewHref } from './viewParams'
import type { SearchParams } from './viewParams'

export type PolicyOption = {
  buildingName: null | string
  id: number
  isActive: boolean
  /** Unique per button: a policy may have one per building (see `runOptions`). */
  key: string
  name: string
  /** The building the run is limited to, when it is. */
  runBuilding?: number
}

type Props = {
  base: string
  buildingNames: Map<number, string>
  current: SearchParams
  policies: PolicyOption[]
  runs: RunsPage
  /** The replay route, with `:id` for the run. */
  replayUrl: string
  timezone: string
  triggerUrl: string
}

const STATUS_PILL: Record<RunStatus, 'error' | 'light-gray' | 'success' | 'warning'> = {
  completed: 'success',
  'dead-letter': 'error',
  failed: 'error',
  queued: 'light-gray',
  running: 'warning',
}

/**
 * The runs: "Run now" per active policy, then the latest runs with their progress. While a run is
 * queued or running the page refreshes itself, so a run started here is seen through to the end.
 */
export const RunsSection = ({
  base,
  buildingNames,
  current,
  policies,
  replayUrl,
  runs,
  timezone,
  triggerUrl,
}: Props) => {
  const policyNames = new Map(policies.map((policy) => [policy.id, policy.name]))
  const isAnyActive = runs.runs.some((run) => isRunActive(run.status))
  return (
    <section aria-labelledby="collections-runs-heading" className="collections-os__section">
      <h2 id="collections-runs-heading">Runs</h2>
      <RunNowPanel
        policies={policies.filter((policy) => policy.isActive)}
        triggerUrl={triggerUrl}
      />
      {runs.runs.length === 0 ? (
        <div className="collections-os__empty" role="status">
          No runs yet. Runs start on a policy&apos;s schedule, or here with “Run now”.
        </div>
      ) : (
        <div className="table collections-os__table">
          <table>
            <thead>
              <tr>
                <th scope="col">Run</th>
                <th scope="col">Policy</th>
                <th scope="col">Trigger</th>
                <th scope="col">Status</th>
                <th className="collections-os__number" scope="col">
                  Attempts
                </th>
                <th scope="col">Contacted / evaluated</th>
                <th scope="col">Started → finished</th>
              </tr>
            </thead>
            <tbody>
              {runs.runs.map((run) => (
                <tr data-run-id={run.id} data-run-status={run.status} key={run.id}>
                  <td>
                    <a
                      className="collections-os__link"
                      href={viewHref(base, current, { run: run.id })}
                    >
                      #{run.id}
                    </a>
                  </td>
                  <td>
                    {run.policyId === null
                      ? '—'
                      : (policyNames.get(run.policyId) ?? `Policy #${run.policyId}`)}
                    {run.buildingId !== null && buildingNames.has(run.buildingId) && (
                      <span className="collections-os__muted">
                        {' '}
                        · {buildingNames.get(run.buildingId)}
                      </span>
                    )}
                  </td>
                  <td>
                    {run.trigger}
                    {run.isDryRun && <span className="collections-os__muted"> · dry run</span>}
                    {run.requestedBy && (
                      <div className="collections-os__muted">by {run.requestedBy}</div>
                    )}
                  </td>
                  <td>
                    <Pill pillStyle={STATUS_PILL[run.status]} size="small">
                      {run.status}
                    </Pill>
                    {run.error && <div className="collections-os__run-error">{run.error}</div>}
                    {run.undelivered > 0 && (
                      <div className="collections-os__run-error">
                        {run.undelivered} message{run.undelivered === 1 ? '' : 's'} not delivered
                      </div>
                    )}
                    {isRunReplayable(run) && (
                      <ReplayRunButton
                        replayUrl={replayUrl.replace(':id', String(run.id))}
                        runId={run.id}
                      />
                    )}
                  </td>
                  <td className="collections-os__number">{run.attempts}</td>
                  <td className="collections-os__progress">
                    {run.contacted} / {run.evaluated}
                  </td>
                  <td className="collections-os__when">
                    {runTimeLabel({
                      finishedAt: run.finishedAt,
                      startedAt: run.startedAt,
                      timezone,
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {runs.totalPages > 1 && (
        <Pager
          label="Run pages"
          next={
            runs.page < runs.totalPages
              ? {
                  href: viewHref(base, current, { run: undefined, runsPage: runs.page + 1 }),
                  label: 'Older',
                }
              : undefined
          }
          previous={
            runs.page > 1
              ? {
                  href: viewHref(base, current, { run: undefined, runsPage: runs.page - 1 }),
                  label: 'Newer',
                }
              : undefined
          }
          summary={`Page ${runs.page} of ${runs.totalPages}`}
        />
      )}
      <AutoRefresh isActive={isAnyActive} />
    </section>
  )
}
