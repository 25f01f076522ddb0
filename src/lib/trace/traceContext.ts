import { AsyncLocalStorage } from 'node:async_hooks'
import { randomBytes } from 'node:crypto'

/**
 * The trace id of the work in progress (an HTTP request, a queued job), carried implicitly
 * through async calls so audit events, logs and enqueued jobs can stamp it without plumbing.
 */
const storage = new AsyncLocalStorage<{ traceId: string }>()

const TRACEPARENT = /^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/

/** A new W3C trace id: 32 lowercase hex characters, never all zeros. */
export const newTraceId = (): string => randomBytes(16).toString('hex')

/** The trace id of a W3C `traceparent` header, or null when it is absent or malformed. */
export const traceIdFromTraceparent = (header: null | string | undefined): null | string => {
  const match = TRACEPARENT.exec((header ?? '').trim().toLowerCase())
  if (!match || /^0+$/.test(match[1])) return null
  return match[1]
}

/** Runs `work` with `traceId` as the current trace. */
export const runWithTrace = <T>(traceId: string, work: () => T): T => storage.run({ traceId }, work)

/** The current trace id, if the caller runs inside `runWithTrace`. */
export const currentTraceId = (): string | undefined => storage.getStore()?.traceId
