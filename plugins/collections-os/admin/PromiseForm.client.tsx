'use client'

import { Banner, Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import type { FormEvent } from 'react'

import { formatCents } from '../../../src/lib/money/formatCents'
import type { PromiseSummary } from './collectionsQueue'
import { FormField } from '../../../src/lib/admin/FormField.client'
import { parseCents } from './parseCents'
import { sendJson } from '../../../src/lib/admin/sendJson'

type Props = {
  apartmentId: number
  balance: number
  onDone: () => void
  promise: null | PromiseSummary
  promisesUrl: string
  today: string
}

type Errors = { fieldErrors: Record<string, string>; message: null | string }

const NO_ERRORS: Errors = { fieldErrors: {}, message: null }

/**
 * Records a promise to pay, or changes or cancels the active one, through the Collections API.
 * The server validates (a 400 names each bad field and the message shows next to it); the form
 * only turns the amount into cents, since it cannot send what is not a number.
 */
export const PromiseForm = ({
  apartmentId,
  balance,
  onDone,
  promise,
  promisesUrl,
  today,
}: Props) => {
  const router = useRouter()
  const [amount, setAmount] = useState(formatCents(promise?.amount ?? balance))
  const [dueDate, setDueDate] = useState(promise?.dueDate ?? '')
  const [graceDays, setGraceDays] = useState(String(promise?.graceDays ?? 3))
  const [note, setNote] = useState(promise?.note ?? '')
  const [errors, setErrors] = useState<Errors>(NO_ERRORS)
  const [isBusy, setIsBusy] = useState(false)

  const finish = async (request: Promise<Awaited<ReturnType<typeof sendJson>>>, done: string) => {
    setIsBusy(true)
    const result = await request
    setIsBusy(false)
    if (!result.ok) {
      setErrors({ fieldErrors: result.fieldErrors, message: result.message })
      return
    }
    setErrors(NO_ERRORS)
    toast.success(done)
    onDone()
    router.refresh()
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const cents = parseCents(amount)
    const grace = /^\d{1,2}$/.test(graceDays.trim()) ? Number(graceDays) : null
    const local: Record<string, string> = {}
    if (cents === null) local.amount = 'Enter an amount such as 120.50'
    if (grace === null) local.graceDays = 'Enter a whole number of days'
    if (cents === null || grace === null) {
      setErrors({ fieldErrors: local, message: 'Check the highlighted fields.' })
      return
    }
    const terms = { amount: cents, dueDate, graceDays: grace }
    void finish(
      promise
        ? sendJson({
            body: { ...terms, note: note.trim() || null },
            method: 'PATCH',
            url: `${promisesUrl}/${promise.id}`,
          })
        : sendJson({
            body: {
              ...terms,
              apartment: apartmentId,
              ...(note.trim() ? { note: note.trim() } : {}),
            },
            method: 'POST',
            url: promisesUrl,
          }),
      promise ? 'Promise changed' : 'Promise recorded',
    )
  }

  const cancel = () => {
    if (promise)
      void finish(
        sendJson({ method: 'POST', url: `${promisesUrl}/${promise.id}/cancel` }),
        'Promise cancelled',
      )
  }

  return (
    <form className="collections-os__form" noValidate onSubmit={submit}>
      {errors.message && <Banner type="error">{errors.message}</Banner>}
      <FormField
        error={errors.fieldErrors.amount}
        hint="In the office's currency, e.g. 120.50"
        label="Amount"
        name="amount"
      >
        <input
          inputMode="decimal"
          onChange={(event) => setAmount(event.target.value)}
          value={amount}
        />
      </FormField>
      <FormField
        error={errors.fieldErrors.dueDate}
        hint={`Today is ${today}`}
        label="Due date"
        name="dueDate"
      >
        <input
          min={today}
          onChange={(event) => setDueDate(event.target.value)}
          type="date"
          value={dueDate}
        />
      </FormField>
      <FormField
        error={errors.fieldErrors.graceDays}
        hint="Days after the due date before it counts as broken"
        label="Grace days"
        name="graceDays"
      >
        <input
          inputMode="numeric"
          onChange={(event) => setGraceDays(event.target.value)}
          value={graceDays}
        />
      </FormField>
      <FormField error={errors.fieldErrors.note} label="Note" name="note">
        <textarea onChange={(event) => setNote(event.target.value)} rows={3} value={note} />
      </FormField>
      <div className="collections-os__form-actions">
        <Button disabled={isBusy} type="submit">
          {promise ? 'Save changes' : 'Record promise'}
        </Button>
        {promise && (
          <Button buttonStyle="error" disabled={isBusy} onClick={cancel}>
            Cancel promise
          </Button>
        )}
      </div>
    </form>
  )
}
