'use client'

import { Banner, Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import type { FormEvent } from 'react'

import { BULK_ACTIONS } from '../constants'
import type { BulkAction } from '../constants'
import { ActionParameterFields } from './ActionParameterFields.client'
import { ApartmentPicker } from './ApartmentPicker.client'
import { BuildingPicker } from './BuildingPicker.client'
import { ACTION_LABELS } from './bulkLabels'
import { FormField } from '../../../src/lib/admin/FormField.client'
import { emptyJobForm, fieldErrorFor, jobFormFromTemplate, jobRequestBody } from './jobForm'
import type { JobFormState, TemplateOption } from './jobForm'
import { SaveTemplate } from './SaveTemplate.client'
import { sendJson } from '../../../src/lib/admin/sendJson'
import type { BuildingOption, ReversibleJob } from './wizardOptions'

type Props = {
  apartmentsUrl: string
  buildings: BuildingOption[]
  canSaveTemplates: boolean
  defaultPeriod: string
  /** The page of a job, to go to once it is created: `?job=` is appended. */
  jobHref: string
  jobsUrl: string
  reversible: ReversibleJob[]
  templates: TemplateOption[]
  templatesUrl: string
}

type Errors = { fieldErrors: Record<string, string>; message: null | string }

const NO_ERRORS: Errors = { fieldErrors: {}, message: null }

/**
 * Step 1 of the wizard: the action, its scope and parameters (or a saved template), then "Create
 * and dry-run": the job is created and dry-run through the Bulk API, each with its own
 * Idempotency-Key, and the page moves to the job's preview. The server checks everything; a 400
 * puts each message next to its field.
 */
export const NewJobForm = ({
  apartmentsUrl,
  buildings,
  canSaveTemplates,
  defaultPeriod,
  jobHref,
  jobsUrl,
  reversible,
  templates,
  templatesUrl,
}: Props) => {
  const router = useRouter()
  const [state, setState] = useState<JobFormState>(() => emptyJobForm(defaultPeriod))
  const [templateId, setTemplateId] = useState('')
  const [errors, setErrors] = useState<Errors>(NO_ERRORS)
  const [isBusy, setIsBusy] = useState(false)
  const change = (changes: Partial<JobFormState>) =>
    setState((current) => ({ ...current, ...changes }))

  const applyTemplate = (id: string) => {
    setTemplateId(id)
    const template = templates.find((candidate) => String(candidate.id) === id)
    if (template) setState((current) => jobFormFromTemplate(template, current))
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setIsBusy(true)
    const created = await sendJson({ body: jobRequestBody(state), method: 'POST', url: jobsUrl })
    if (!created.ok) {
      setIsBusy(false)
      setErrors({ fieldErrors: created.fieldErrors, message: created.message })
      return
    }
    const jobId = (created.body as { id: number }).id
    const dryRun = await sendJson({ method: 'POST', url: `${jobsUrl}/${jobId}/dry-run` })
    if (!dryRun.ok)
      toast.error(`Job #${jobId} was created, but its dry-run failed: ${dryRun.message}`)
    router.push(`${jobHref}${jobHref.includes('?') ? '&' : '?'}job=${jobId}`)
  }

  const error = (path: string) => fieldErrorFor(errors.fieldErrors, path)
  return (
    <form className="bulk-center__form" noValidate onSubmit={(event) => void submit(event)}>
      {errors.message && <Banner type="error">{errors.message}</Banner>}
      {templates.length > 0 && (
        <FormField
          hint="Fills in the action, scope and parameters; change anything before the dry-run"
          label="Start from a template"
          name="fromTemplate"
        >
          <select onChange={(event) => applyTemplate(event.target.value)} value={templateId}>
            <option value="">No template</option>
            {templates.map((template) => (
              <option key={template.id} value={template.id}>
                {template.name} · {ACTION_LABELS[template.action]}
              </option>
            ))}
          </select>
        </FormField>
      )}
      <FormField error={error('action')} label="Action" name="action">
        <select
          onChange={(event) => change({ action: event.target.value as BulkAction })}
          value={state.action}
        >
          {BULK_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {ACTION_LABELS[action]}
            </option>
          ))}
        </select>
      </FormField>
      <BuildingPicker
        buildings={buildings}
        error={error('scope.buildings') ?? (errors.fieldErrors.scope || undefined)}
        onChange={(ids) => change({ apartments: [], buildings: ids })}
        selected={state.buildings}
      />
      <ApartmentPicker
        apartmentsUrl={apartmentsUrl}
        buildingIds={state.buildings}
        buildings={buildings}
        error={error('scope.apartments')}
        onChange={(ids) => change({ apartments: ids })}
        selected={state.apartments}
      />
      <ActionParameterFields
        fieldErrors={errors.fieldErrors}
        onChange={change}
        reversible={reversible}
        state={state}
      />
      <div className="bulk-center__form-actions">
        <Button disabled={isBusy} type="submit">
          {isBusy ? 'Planning…' : 'Create and dry-run'}
        </Button>
      </div>
      {canSaveTemplates && (
        <SaveTemplate
          onErrors={(fieldErrors, message) => setErrors({ fieldErrors, message })}
          state={state}
          templatesUrl={templatesUrl}
        />
      )}
    </form>
  )
}
