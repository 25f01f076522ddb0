import { Pill } from '@payloadcms/ui'

import type { MoneyLocale } from '../../../src/lib/money/formatMoney'
import { instantLabel } from '../../../src/lib/admin/instantLabel'
import { moneyLabel } from '../../../src/lib/admin/moneyLabel'
import { SKIP_REASON_LABELS, stepLabel } from './queueLabels'
import type { RunTimeline } from './runTimeline'

type Props = {
  money: { currency: string; locale: MoneyLocale }
  timeline: RunTimeline
  timezone: string
}

/** A run's summary and, per apartment, what it did: whom it contacted (and whether the message went out) and why it skipped the rest. */
export const RunTimelineList = ({ money, timeline, timezone }: Props) => {
  const { events, run } = timeline
  return (
    <div className="collections-os__timeline" data-run-id={run.id}>
      <dl className="collections-os__run-facts">
        <div>
          <dt>Status</dt>
          <dd data-run-status={run.status}>{run.status}</dd>
        </div>
        <div>
          <dt>Trigger</dt>
          <dd>
            {run.trigger}
            {run.isDryRun ? ' · dry run' : ''}
          </dd>
        </div>
        <div>
          <dt>Attempts</dt>
          <dd>{run.attempts}</dd>
        </div>
        <div>
          <dt>Contacted / evaluated</dt>
          <dd>
            {run.contacted} / {run.evaluated}
          </dd>
        </div>
        <div>
          <dt>Started</dt>
          <dd>{instantLabel(run.startedAt, timezone)}</dd>
        </div>
        <div>
          <dt>Finished</dt>
          <dd>{instantLabel(run.finishedAt, timezone)}</dd>
        </div>
      </dl>
      {run.error && <p className="collections-os__run-error">{run.error}</p>}
      {events.length === 0 ? (
        <div className="collections-os__empty" role="status">
          {run.isDryRun
            ? 'A dry run records no events: it only counted what a run would do.'
            : run.status === 'queued' || run.status === 'running'
              ? 'The run has not recorded anything yet.'
              : 'This run had no apartment to evaluate.'}
        </div>
      ) : (
        <ol className="collections-os__events">
          {events.map((event) => (
            <li data-apartment-id={event.apartmentId} data-outcome={event.outcome} key={event.id}>
              <span className="collections-os__muted">{event.at}</span>
              <strong>
                {event.buildingName ? `${event.buildingName} · ` : ''}
                {event.apartmentLabel}
              </strong>
              {event.outcome === 'sent' ? (
                <span>
                  <Pill pillStyle="success" size="small">
                    sent
                  </Pill>{' '}
                  {stepLabel(event.stepIndex)} · {event.channel}
                  {event.amountOverdue !== null &&
                    ` · ${moneyLabel({ amount: event.amountOverdue, ...money })}`}
                  {' · delivery '}
                  <span data-delivery-status={event.deliveryStatus ?? 'none'}>
                    {event.deliveryStatus ?? 'not recorded'}
                  </span>
                  {event.deliveryError && (
                    <span className="collections-os__run-error"> ({event.deliveryError})</span>
                  )}
                </span>
              ) : (
                <span>
                  <Pill pillStyle="light-gray" size="small">
                    skipped
                  </Pill>{' '}
                  <span data-skip-reason={event.skipReason ?? ''}>
                    {event.skipReason ? SKIP_REASON_LABELS[event.skipReason] : 'skipped'}
                  </span>
                  {event.stepIndex !== null && ` (${stepLabel(event.stepIndex)})`}
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      {timeline.isTruncated && (
        <p className="collections-os__muted">Showing the first {events.length} events.</p>
      )}
    </div>
  )
}
