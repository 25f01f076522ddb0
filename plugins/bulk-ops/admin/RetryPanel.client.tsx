'use client'

import { Banner, Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { sendJson } from '../../../src/lib/admin/sendJson'

export type FailedItem = { id: number; error: null | string; label: string }

type Props = { failedItems: FailedItem[]; retryUrl: string; totalFailed: number }

/**
 * Item-level retry: pick failed items, or retry every failed one. Succeeded items are never
 * touched by a retry; the job goes back to executing and the page follows it.
 */
export const RetryPanel = ({ failedItems, retryUrl, totalFailed }: Props) => {
  const router = useRouter()
  const [selected, setSelected] = useState<number[]>([])
  const [isBusy, setIsBusy] = useState(false)
  const [error, setError] = useState<null | string>(null)

  const retry = async (itemIds?: number[]) => {
    setIsBusy(true)
    const result = await sendJson({
      body: itemIds ? { itemIds } : {},
      method: 'POST',
      url: retryUrl,
    })
    setIsBusy(false)
    if (!result.ok) {
      setError(
        result.fieldErrors['itemIds'] ?? Object.values(result.fieldErrors)[0] ?? result.message,
      )
      return
    }
    setError(null)
    setSelected([])
    toast.success(
      `Retrying ${itemIds ? itemIds.length : totalFailed} failed item${(itemIds?.length ?? totalFailed) === 1 ? '' : 's'}`,
    )
    router.refresh()
  }

  const toggle = (id: number, isChecked: boolean) =>
    setSelected((current) =>
      isChecked ? [...current, id] : current.filter((known) => known !== id),
    )

  return (
    <div className="bulk-center__retry" data-retry="">
      {error && <Banner type="error">{error}</Banner>}
      <ul className="bulk-center__failed">
        {failedItems.map((item) => (
          <li data-failed-item-id={item.id} key={item.id}>
            <label className="bulk-center__checkbox">
              <input
                checked={selected.includes(item.id)}
                onChange={(event) => toggle(item.id, event.target.checked)}
                type="checkbox"
              />
              <span>{item.label}</span>
            </label>
            {item.error && <span className="bulk-center__error-text">{item.error}</span>}
          </li>
        ))}
      </ul>
      {totalFailed > failedItems.length && (
        <p className="bulk-center__hint">
          Showing the first {failedItems.length} of {totalFailed} failed items.
        </p>
      )}
      <div className="bulk-center__form-actions">
        <Button
          buttonStyle="secondary"
          disabled={isBusy || selected.length === 0}
          onClick={() => void retry(selected)}
          size="small"
        >
          Retry selected ({selected.length})
        </Button>
        <Button disabled={isBusy} onClick={() => void retry()} size="small">
          Retry all failed ({totalFailed})
        </Button>
      </div>
    </div>
  )
}
