'use client'

import { Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { FormField } from '../../../src/lib/admin/FormField.client'
import { fieldErrorFor, templateRequestBody } from './jobForm'
import type { JobFormState } from './jobForm'
import { sendJson } from '../../../src/lib/admin/sendJson'

type Props = {
  /** Field errors of the job's own fields go back to the form above. */
  onErrors: (fieldErrors: Record<string, string>, message: string) => void
  state: JobFormState
  templatesUrl: string
}

/** "Save as template": the job the form describes, stored under a name for next month. */
export const SaveTemplate = ({ onErrors, state, templatesUrl }: Props) => {
  const router = useRouter()
  const [name, setName] = useState('')
  const [nameError, setNameError] = useState<string | undefined>()
  const [isBusy, setIsBusy] = useState(false)

  const save = async () => {
    setIsBusy(true)
    const result = await sendJson({
      body: templateRequestBody(name, state),
      method: 'POST',
      url: templatesUrl,
    })
    setIsBusy(false)
    if (!result.ok) {
      setNameError(fieldErrorFor(result.fieldErrors, 'name'))
      onErrors(result.fieldErrors, result.message)
      return
    }
    setNameError(undefined)
    toast.success(`Template “${name.trim()}” saved`)
    setName('')
    router.refresh()
  }

  return (
    <div className="bulk-center__save-template">
      <FormField error={nameError} label="Save as template" name="templateName">
        <input
          onChange={(event) => setName(event.target.value)}
          placeholder="e.g. Monthly common expenses"
          value={name}
        />
      </FormField>
      <Button buttonStyle="secondary" disabled={isBusy} onClick={() => void save()} size="small">
        Save template
      </Button>
    </div>
  )
}
