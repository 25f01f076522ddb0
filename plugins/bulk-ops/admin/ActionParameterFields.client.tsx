'use client'

import { REMINDER_CHANNELS } from '../engine/types'
import type { ReminderChannel } from '../engine/types'
import { FormField } from '../../../src/lib/admin/FormField.client'
import { fieldErrorFor, takesPeriod } from './jobForm'
import type { JobFormState } from './jobForm'
import type { ReversibleJob } from './wizardOptions'

type Props = {
  fieldErrors: Record<string, string>
  onChange: (changes: Partial<JobFormState>) => void
  reversible: ReversibleJob[]
  state: JobFormState
}

const CHANNEL_LABELS: Record<ReminderChannel, string> = {
  email: 'E-mail',
  'in-app': 'In-app message',
  letter: 'Letter',
  sms: 'SMS',
}

/** The period and the parameters of the chosen action; each field shows its own 400 message. */
export const ActionParameterFields = ({ fieldErrors, onChange, reversible, state }: Props) => {
  const error = (path: string) => fieldErrorFor(fieldErrors, path)
  if (takesPeriod(state.action)) {
    return (
      <>
        <FormField
          error={error('scope.period')}
          hint="The month whose expenses are issued, YYYY-MM"
          label="Period"
          name="period"
        >
          <input
            onChange={(event) => onChange({ period: event.target.value })}
            placeholder="YYYY-MM"
            type="month"
            value={state.period}
          />
        </FormField>
        <FormField
          error={error('parameters.dueDate')}
          hint="Optional: by default the 10th of the month after the period"
          label="Due date"
          name="dueDate"
        >
          <input
            onChange={(event) => onChange({ dueDate: event.target.value })}
            type="date"
            value={state.dueDate}
          />
        </FormField>
      </>
    )
  }
  if (state.action === 'reminders') {
    return (
      <>
        <FormField error={error('parameters.channel')} label="Channel" name="channel">
          <select
            onChange={(event) => onChange({ channel: event.target.value as ReminderChannel })}
            value={state.channel}
          >
            {REMINDER_CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {CHANNEL_LABELS[channel]}
              </option>
            ))}
          </select>
        </FormField>
        <FormField
          error={error('parameters.subject')}
          hint="Optional: the office's default subject otherwise"
          label="Subject"
          name="subject"
        >
          <input
            onChange={(event) => onChange({ subject: event.target.value })}
            value={state.subject}
          />
        </FormField>
        <FormField
          error={error('parameters.template')}
          hint="Optional. Placeholders: {owner}, {amount}, {paymentLink}"
          label="Message"
          name="template"
        >
          <textarea
            onChange={(event) => onChange({ template: event.target.value })}
            rows={4}
            value={state.template}
          />
        </FormField>
      </>
    )
  }
  if (state.action === 'reversal') {
    return (
      <FormField
        error={error('parameters.job') ?? error('parameters')}
        hint={
          reversible.length === 0
            ? 'No executed charge job to reverse yet.'
            : 'Its charges are offset by credit notes; narrow it with buildings or apartments above, or leave them empty for all.'
        }
        label="Job to reverse"
        name="reverseJob"
      >
        <select
          onChange={(event) => onChange({ reverseJob: event.target.value })}
          value={state.reverseJob}
        >
          <option value="">Choose a job…</option>
          {reversible.map((job) => (
            <option key={job.id} value={job.id}>
              {job.label}
            </option>
          ))}
        </select>
      </FormField>
    )
  }
  return (
    <p className="bulk-center__hint">
      An export writes one CSV row per apartment with its balance and open items.
    </p>
  )
}
