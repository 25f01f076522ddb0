import { z } from 'zod'

import { MAX_ROW_ID } from '../../db/rowId'

/** A document id in a body: a whole number from 1 to the largest row id (JSON numbers only). */
export const docId = z.number().int().positive().max(MAX_ROW_ID)

/** A document id in the query string or the path, where everything arrives as text. */
export const queryId = z.coerce.number().int().positive().max(MAX_ROW_ID)

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
