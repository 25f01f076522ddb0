import { z } from 'zod'

import { queryId } from '../../lib/api/schemas/requestSchemas'

import { AGING_BUCKETS } from '../engine/agingBucket'
import { BALANCE_SORTS } from '../operations/apartmentBalancesPage'

const id = queryId
const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD')
  // Date.parse rolls 2026-02-30 over into March: a real date must survive the round trip.
  .refine((value) => {
    const time = Date.parse(`${value}T00:00:00Z`)
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value)
  }, 'Not a calendar date')

/** Parameters every financial endpoint takes: which office and building, and "as of" which day. */
export const scopeQuery = z.object({
  asOf: calendarDate.optional(),
  building: id.optional(),
  office: id.optional(),
})

export const balancesQuery = scopeQuery.extend({
  bucket: z.enum(AGING_BUCKETS).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  minBalance: z.coerce.number().int().optional(),
  page: z.coerce.number().int().min(1).default(1),
  search: z.string().trim().min(1).max(100).optional(),
  sort: z.enum(BALANCE_SORTS).default('-balance'),
})

export const debtReportQuery = scopeQuery.extend({
  format: z.enum(['json', 'csv']).default('json'),
})
