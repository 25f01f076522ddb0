import type { BulkAction } from '../constants'
import type { ReminderChannel } from '../engine/types'

/** What the wizard's first step holds, as the inputs hold it (text, until it is sent). */
export type JobFormState = {
  action: BulkAction
  apartments: number[]
  buildings: number[]
  channel: ReminderChannel
  dueDate: string
  period: string
  /** The job a reversal offsets (its id, as chosen in the list). */
  reverseJob: string
  subject: string
  template: string
}

export type JobRequestBody = {
  action: BulkAction
  parameters?: Record<string, unknown>
  scope?: { apartments?: number[]; buildings?: number[]; period?: string }
}

/** A saved template as the view passes it to the form. */
export type TemplateOption = {
  id: number
  action: BulkAction
  apartments: number[]
  buildings: number[]
  name: string
  parameters: Record<string, unknown>
  period: null | string
}

const CHARGE_ACTIONS: readonly BulkAction[] = ['common-expense-issue', 'recurring-expenses']

/** Whether the action issues charges for a period (and so takes the period and a due date). */
export const takesPeriod = (action: BulkAction): boolean => CHARGE_ACTIONS.includes(action)

export const emptyJobForm = (period: string): JobFormState => ({
  action: 'common-expense-issue',
  apartments: [],
  buildings: [],
  channel: 'email',
  dueDate: '',
  period,
  reverseJob: '',
  subject: '',
  template: '',
})

const text = (value: string) => value.trim()

/** The action's parameters from the form: only what the user set, so the server fills in its defaults. */
const parametersOf = (state: JobFormState): Record<string, unknown> | undefined => {
  switch (state.action) {
    case 'common-expense-issue':
    case 'recurring-expenses':
      return text(state.dueDate) ? { dueDate: text(state.dueDate) } : undefined
    case 'reminders': {
      const parameters: Record<string, unknown> = { channel: state.channel }
      if (text(state.subject)) parameters.subject = text(state.subject)
      if (text(state.template)) parameters.template = text(state.template)
      return parameters
    }
    case 'export':
      return undefined
    case 'reversal':
      // Sent even when not a number, so the server names the field rather than the form guessing.
      return {
        job: /^\d+$/.test(text(state.reverseJob))
          ? Number(state.reverseJob)
          : text(state.reverseJob),
      }
  }
}

/**
 * The body of `POST /jobs` for the form. The period goes only with actions that issue charges;
 * a reversal without buildings or apartments covers the reversed job's whole scope.
 */
export const jobRequestBody = (state: JobFormState): JobRequestBody => {
  const scope: NonNullable<JobRequestBody['scope']> = {}
  if (state.buildings.length > 0) scope.buildings = state.buildings
  if (state.apartments.length > 0) scope.apartments = state.apartments
  if (takesPeriod(state.action) && text(state.period)) scope.period = text(state.period)
  const parameters = parametersOf(state)
  return {
    action: state.action,
    ...(parameters ? { parameters } : {}),
    ...(Object.keys(scope).length > 0 || state.action !== 'reversal' ? { scope } : {}),
  }
}

/** The body of `POST /templates`: the job the form describes, under a name. */
export const templateRequestBody = (name: string, state: JobFormState) => ({
  name: name.trim(),
  ...jobRequestBody(state),
})

const stringParameter = (parameters: Record<string, unknown>, key: string): string => {
  const value = parameters[key]
  return typeof value === 'string' || typeof value === 'number' ? String(value) : ''
}

/** The form filled from a template; the period stays the one chosen when the template has none. */
export const jobFormFromTemplate = (
  template: TemplateOption,
  current: JobFormState,
): JobFormState => {
  const parameters = template.parameters
  const channel = stringParameter(parameters, 'channel')
  return {
    action: template.action,
    apartments: template.apartments,
    buildings: template.buildings,
    channel:
      (['email', 'sms', 'in-app', 'letter'] as const).find((known) => known === channel) ?? 'email',
    dueDate: stringParameter(parameters, 'dueDate'),
    period: template.period ?? current.period,
    reverseJob: stringParameter(parameters, 'job'),
    subject: stringParameter(parameters, 'subject'),
    template: stringParameter(parameters, 'template'),
  }
}

/**
 * The message for a form field among a 400's field errors: the field's own path or any path under
 * it (`scope.buildings.2` shows at the buildings picker).
 */
export const fieldErrorFor = (
  fieldErrors: Record<string, string>,
  path: string,
): string | undefined => {
  if (fieldErrors[path]) return fieldErrors[path]
  const nested = Object.keys(fieldErrors).find((key) => key.startsWith(`${path}.`))
  return nested ? fieldErrors[nested] : undefined
}
