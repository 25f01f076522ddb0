'use client'

import { Banner, Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import type { BulkJobStatus } from '../constants'
import { sendJson } from '../../../src/lib/admin/sendJson'

type Props = {
  jobId: number
  jobsUrl: string
  status: Extract<BulkJobStatus, 'draft' | 'dry-run-ready'>
}

type Action = 'cancel' | 'dry-run' | 'execute'

const DONE: Record<Action, string> = {
  cancel: 'Job cancelled',
  'dry-run': 'Dry-run done',
  execute: 'Execution started',
}

/**
 * The job's buttons before it runs: execute (only after a dry-run), dry-run (again), cancel. Each
 * click is one request with its own Idempotency-Key. An execute refused because the data changed
 * since the dry-run (409) says so and offers the dry-run again, since the plan shown is stale.
 */
export const JobActions = ({ jobId, jobsUrl, status }: Props) => {
  const router = useRouter()
  const [busy, setBusy] = useState<Action | null>(null)
  const [error, setError] = useState<{ isDrift: boolean; message: string } | null>(null)

  const act = async (action: Action) => {
    setBusy(action)
    const result = await sendJson({ method: 'POST', url: `${jobsUrl}/${jobId}/${action}` })
    setBusy(null)
    if (!result.ok) {
      const isDrift =
        action === 'execute' && result.status === 409 && /changed/i.test(result.message)
      setError({
        isDrift,
        message: isDrift
          ? 'The data changed since the dry-run — dry-run again to see the new plan before executing.'
          : result.message,
      })
      return
    }
    setError(null)
    toast.success(DONE[action])
    router.refresh()
  }

  return (
    <div className="bulk-center__actions" data-job-actions={status}>
      {error && (
        <Banner type="error">
          <span data-drift={error.isDrift ? 'true' : undefined}>{error.message}</span>
        </Banner>
      )}
      <div className="bulk-center__form-actions">
        {status === 'dry-run-ready' && !error?.isDrift && (
          <Button disabled={busy !== null} onClick={() => void act('execute')}>
            {busy === 'execute' ? 'Starting…' : 'Execute'}
          </Button>
        )}
        <Button
          buttonStyle={status === 'draft' || error?.isDrift ? 'primary' : 'secondary'}
          disabled={busy !== null}
          onClick={() => void act('dry-run')}
        >
          {busy === 'dry-run'
            ? 'Planning…'
            : status === 'draft'
              ? 'Run the dry-run'
              : 'Dry-run again'}
        </Button>
        <Button buttonStyle="subtle" disabled={busy !== null} onClick={() => void act('cancel')}>
          Cancel job
        </Button>
      </div>
    </div>
  )
}
