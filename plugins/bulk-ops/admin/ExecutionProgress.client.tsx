'use client'

import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'

import type { BulkJobStatus } from '../constants'
import { progressOf } from './bulkLabels'
import type { JobCounters } from './bulkLabels'
import { sendJson } from '../../../src/lib/admin/sendJson'

const POLL_MS = 1_500

type Props = { initial: JobCounters; jobUrl: string }

type Polled = JobCounters & { status: BulkJobStatus }

/**
 * Step 3: a progress bar fed by polling the job (GET, every 1.5 s) while a worker executes it.
 * Once the job leaves `executing` the server view is refreshed, which then shows the results.
 */
export const ExecutionProgress = ({ initial, jobUrl }: Props) => {
  const router = useRouter()
  const [job, setJob] = useState<Polled>({ ...initial, status: 'executing' })

  useEffect(() => {
    let isStopped = false
    const poll = async () => {
      const result = await sendJson({ method: 'GET', url: `${jobUrl}?itemsLimit=1&errorsLimit=1` })
      if (isStopped) return
      if (result.ok) {
        const polled = result.body as Polled
        setJob(polled)
        if (polled.status !== 'executing') {
          router.refresh()
          return
        }
      }
      timer = setTimeout(() => void poll(), POLL_MS)
    }
    let timer = setTimeout(() => void poll(), POLL_MS)
    return () => {
      isStopped = true
      clearTimeout(timer)
    }
  }, [jobUrl, router])

  const { done, percent, total } = progressOf(job)
  return (
    <div className="bulk-center__progress" data-progress-status={job.status}>
      <div
        aria-label="Execution progress"
        aria-valuemax={100}
        aria-valuemin={0}
        aria-valuenow={percent}
        className="bulk-center__bar"
        role="progressbar"
      >
        <div className="bulk-center__bar-fill" style={{ width: `${percent}%` }} />
      </div>
      <p aria-live="polite">
        {done} of {total} items done ({percent} %) · {job.itemsSucceeded ?? 0} succeeded,{' '}
        {job.itemsFailed ?? 0} failed, {job.itemsSkipped ?? 0} skipped
        {job.status === 'executing' ? ' · executing…' : ` · ${job.status}`}
      </p>
    </div>
  )
}
