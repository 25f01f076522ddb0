import type { PayloadRequest } from 'payload'

import { currentTraceId, traceIdFromTraceparent } from '../trace/traceContext'

/** The trace to stamp on a delivery: the current one, else the request's `traceparent`, else none. */
export const traceIdOf = (req?: Pick<PayloadRequest, 'headers'>): null | string =>
  currentTraceId() ?? traceIdFromTraceparent(req?.headers?.get('traceparent')) ?? null
