import type { Endpoint, PayloadRequest } from 'payload'
import type { z } from 'zod'

import { errorResponseOf } from '../../lib/errors/errorResponseOf'
import { metrics, timed } from '../../lib/metrics/registry'
import { parseOr400 } from '../../lib/validation/validationError'
import { officeToday } from '../engine/officeCalendar'
import type { scopeQuery } from './financialQuery'
import { resolveFinancialScope } from '../operations/financialScope'
import type { FinancialScope } from '../operations/financialScope'

type ScopeQuery = z.output<typeof scopeQuery>

/**
 * A read-only financial endpoint: parse the query (400 with field errors), resolve the caller's
 * office/building scope (401/403/404), then answer; the latency is recorded per endpoint.
 */
export const financialEndpoint = <S extends z.ZodType<ScopeQuery>>({
  handler,
  name,
  path,
  query,
}: {
  handler: (args: {
    asOf: string
    query: z.output<S>
    req: PayloadRequest
    scope: FinancialScope
  }) => Promise<Response>
  name: string
  path: string
  query: S
}): Endpoint => ({
  handler: (req) =>
    timed(metrics.dashboardDuration, { endpoint: name }, async () => {
      const parsed = parseOr400(query, Object.fromEntries(req.searchParams))
      if (parsed.response) return parsed.response
      try {
        const { building, office } = parsed.data
        const scope = await resolveFinancialScope({ building, office, req })
        const asOf = parsed.data.asOf ?? officeToday(scope.timezone)
        return await handler({ asOf, query: parsed.data, req, scope })
      } catch (err) {
        const response = errorResponseOf(err)
        if (response) return response
        throw err
      }
    }),
  method: 'get',
  path,
})
