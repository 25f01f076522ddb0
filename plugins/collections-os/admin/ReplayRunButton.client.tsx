'use client'

import { Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { sendJson } from '../../../src/lib/admin/sendJson'

/**
 * Puts a failed or dead-letter run, or one whose messages did not all reach a provider, back on
 * the queue (`POST /api/collections/runs/:id/replay`): it plans the same day again, sends only
 * what was never sent, and its keys make sure nobody gets a second message.
 */
export const ReplayRunButton = ({ replayUrl, runId }: { replayUrl: string; runId: number }) => {
  const router = useRouter()
  const [isBusy, setIsBusy] = useState(false)
  const replay = async () => {
    setIsBusy(true)
    const result = await sendJson({ method: 'POST', url: replayUrl })
    setIsBusy(false)
    if (!result.ok) {
      toast.error(`Run #${runId}: ${result.message}`)
      return
    }
    toast.success(`Run #${runId} queued again`)
    router.refresh()
  }
  return (
    <Button buttonStyle="secondary" disabled={isBusy} onClick={() => void replay()} size="small">
      Replay
    </Button>
  )
}
