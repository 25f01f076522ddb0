import { z } from 'zod'

/** A document id in a body: a positive whole number (JSON numbers only, no strings). */
export const docId = z.number().int().positive()

/** A document id in the query string, where everything arrives as text. */
export const queryId = z.coerce.number().int().positive()

/** Whole cents, never a float; zero records nothing, so promises and fees start at one cent. */
export const positiveCents = z.number().int().positive().max(Number.MAX_SAFE_INTEGER).describe('Integer cents (1234 = 12.34)')

export const wholeNumber = (min: number) => z.number().int().min(min).max(Number.MAX_SAFE_INTEGER)

/** A calendar day, `YYYY-MM-DD`; zod's ISO date check refuses 2026-02-30 and friends. */
export const calendarDate = z.iso.date({ error: 'Use a calendar date, YYYY-MM-DD' })

/** Pagination of every list: `page` from 1, `limit` up to 100. */
export const pageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(25).describe('Documents per page, at most 100'),
  page: z.coerce.number().int().min(1).default(1).describe('Page number, from 1'),
})
