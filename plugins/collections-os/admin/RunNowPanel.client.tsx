'use client'

import { Banner, Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import type { PolicyOption } from './RunsSection'
import { sendJson } from '../../../src/lib/admin/sendJson'

/**
 * "Run now" per active policy, with a dry-run switch (plan and count, send nothing). Each click
 * queues a run through the Collections API with its own `Idempotency-Key`; the runs table below
 * shows it from "queued" to its end.
 */
export const RunNowPanel = ({
  policies,
  triggerUrl,
}: {
  policies: PolicyOption[]
  triggerUrl: string
}) => {
  const router = useRouter()
  const [isDryRun, setIsDryRun] = useState(false)
  const [busyPolicy, setBusyPolicy] = useState<null | string>(null)
  const [error, setError] = useState<null | string>(null)

  if (policies.length === 0) {
    return (
      <div className="collections-os__empty" role="status">
        No active dunning policy: create one under Collections › Dunning Policies to run it.
      </div>
    )
  }

  const trigger = async (policy: PolicyOption) => {
    setBusyPolicy(policy.key)
    const body = {
      dryRun: isDryRun,
      policy: policy.id,
      ...(policy.runBuilding === undefined ? {} : { building: policy.runBuilding }),
    }
    const result = await sendJson({ body, method: 'POST', url: triggerUrl })
    setBusyPolicy(null)
    if (!result.ok) {
      setError(`${policy.name}: ${result.message}`)
      return
    }
    setError(null)
    toast.success(`${isDryRun ? 'Dry run' : 'Run'} of ${policy.name} queued`)
    router.refresh()
  }

  return (
    <div className="collections-os__run-now">
      {error && <Banner type="error">{error}</Banner>}
      <label className="collections-os__checkbox">
        <input
          checked={isDryRun}
          name="dryRun"
          onChange={(event) => setIsDryRun(event.target.checked)}
          type="checkbox"
        />
        <span>Dry run: plan and count only, contact nobody</span>
      </label>
      <ul className="collections-os__policies">
        {policies.map((policy) => (
          <li data-policy-id={policy.id} key={policy.key}>
            <span>
              {policy.name}
              <span className="collections-os__muted">
                {' '}
                · {policy.buildingName ?? 'office default'}
              </span>
            </span>
            <Button
              buttonStyle="secondary"
              disabled={busyPolicy !== null}
              onClick={() => void trigger(policy)}
              size="small"
            >
              {isDryRun ? 'Dry run now' : 'Run now'}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  )
}
