import { z } from 'zod'

/** A document id in a body: a positive whole number (JSON numbers only, no strings). */
export const docId = z.number().int().positive()

/** A document id in the query string, where everything arrives as text. */
export const queryId = z.coerce.number().int().positive()

/** Pagination of every list: `page` from 1, `limit` up to 100. */
export const pageQuery = z.strictObject({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(25)
    .describe('Documents per page, at most 100'),
  page: z.coerce.number().int().min(1).default(1).describe('Page number, from 1'),
})
