'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

const INTERVAL_MS = 2_000

/** Re-renders the server view every two seconds while something on it is still changing (a run in the queue's hands). */
export const AutoRefresh = ({ isActive }: { isActive: boolean }) => {
  const router = useRouter()
  useEffect(() => {
    if (!isActive) return
    const timer = setInterval(() => router.refresh(), INTERVAL_MS)
    return () => clearInterval(timer)
  }, [isActive, router])
  return isActive ? (
    <p aria-live="polite" className="collections-os__muted collections-os__refreshing">
      A run is in progress; this page updates by itself.
    </p>
  ) : null
}
