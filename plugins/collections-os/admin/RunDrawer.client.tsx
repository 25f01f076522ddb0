'use client'

import { Drawer, useModal } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useRef } from 'react'
import type { ReactNode } from 'react'

const SLUG = 'collections-run-detail'

/**
 * Payload's drawer around a run's timeline, which the server rendered because the URL names the
 * run (`?run=`). It opens on arrival; closing it goes back to the URL without the run.
 */
export const RunDrawer = ({
  children,
  closeHref,
  title,
}: {
  children: ReactNode
  closeHref: string
  title: string
}) => {
  const router = useRouter()
  const { modalState, openModal } = useModal()
  const isOpen = Boolean(modalState[SLUG]?.isOpen)
  const hasOpened = useRef(false)

  useEffect(() => {
    openModal(SLUG)
  }, [openModal])

  useEffect(() => {
    if (isOpen) hasOpened.current = true
    else if (hasOpened.current) router.push(closeHref, { scroll: false })
  }, [closeHref, isOpen, router])

  return (
    <Drawer slug={SLUG} title={title}>
      {children}
    </Drawer>
  )
}
