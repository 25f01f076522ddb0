import { instantLabel } from '../../../src/lib/admin/instantLabel'
import type { AgingBucket } from '../../../src/ledger/engine/agingBucket'
import type { SkipReason } from '../engine/skipReasons'
import type { NextStep, QueueStatusFilter } from './queueEntries'

/** Why the engine holds a message back, in the office's words. */
export const SKIP_REASON_LABELS: Record<SkipReason, string> = {
  'below-minimum': 'Below the minimum amount',
  'contacted-too-recently': 'Contacted recently',
  'max-contacts': 'Step done, waiting for the next',
  'no-contact-data': 'No contact details for the channel',
  'no-step': 'No step reached yet',
  'not-overdue': 'Nothing overdue yet',
  'promise-active': 'Escalation paused: promise active',
}

export const STATUS_FILTER_LABELS: Record<QueueStatusFilter, string> = {
  ...SKIP_REASON_LABELS,
  contacted: 'Contacted before',
  'no-policy': 'No active policy',
  'to-contact': 'To contact next run',
}

export const BUCKET_LABELS: Record<AgingBucket, string> = {
  '0-30': '0–30 days',
  '31-60': '31–60 days',
  '61-90': '61–90 days',
  '90+': '90+ days',
  'not-due': 'Not due',
}

/** Steps are numbered from 1 for people (the engine counts from 0). */
export const stepLabel = (stepIndex: null | number): string =>
  stepIndex === null ? '' : `Step ${stepIndex + 1}`

export const nextStepLabel = (next: NextStep): string => {
  if (next.kind === 'no-policy') return STATUS_FILTER_LABELS['no-policy']
  if (next.kind === 'contact') return `${stepLabel(next.stepIndex)} · ${next.channel}`
  const step = stepLabel(next.stepIndex)
  return step ? `${SKIP_REASON_LABELS[next.reason]} (${step})` : SKIP_REASON_LABELS[next.reason]
}

/** When a run ran: its start, and its end (just the time when it ended the same day). */
export const runTimeLabel = ({
  finishedAt,
  startedAt,
  timezone,
}: {
  finishedAt: null | string
  startedAt: null | string
  timezone: string
}): string => {
  if (!startedAt) return '—'
  const started = instantLabel(startedAt, timezone)
  if (!finishedAt) return `${started} →`
  const finished = instantLabel(finishedAt, timezone)
  return `${started} → ${finished.slice(0, 10) === started.slice(0, 10) ? finished.slice(11) : finished}`
}
