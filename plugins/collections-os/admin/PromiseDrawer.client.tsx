'use client'

import { Button, Drawer, useModal } from '@payloadcms/ui'

import type { PromiseSummary } from './collectionsQueue'
import { PromiseForm } from './PromiseForm.client'

type Props = {
  apartmentId: number
  apartmentLabel: string
  balance: number
  /** The apartment's active promise, to change or cancel; null to record a new one. */
  promise: null | PromiseSummary
  promisesUrl: string
  today: string
}

/** The row's promise-to-pay action: a button and the drawer with the form. */
export const PromiseDrawer = ({
  apartmentId,
  apartmentLabel,
  balance,
  promise,
  promisesUrl,
  today,
}: Props) => {
  const { closeModal, openModal } = useModal()
  const slug = `collections-promise-${apartmentId}`
  return (
    <>
      <Button
        buttonStyle="subtle"
        className="collections-os__row-action"
        onClick={() => openModal(slug)}
        size="xsmall"
      >
        {promise ? 'Change promise' : 'Record promise'}
      </Button>
      <Drawer slug={slug} title={`Promise to pay · ${apartmentLabel}`}>
        <PromiseForm
          apartmentId={apartmentId}
          balance={balance}
          onDone={() => closeModal(slug)}
          promise={promise}
          promisesUrl={promisesUrl}
          today={today}
        />
      </Drawer>
    </>
  )
}
