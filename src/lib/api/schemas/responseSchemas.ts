import { z } from 'zod'

/*
 * The answers every feature API shares: its pages and its errors. Documents are the collections'
 * at depth 0; loose objects, so a field a collection gains later is an addition, not a break.
 */

/** A page of `item`s, as `pageOf` answers it. */
export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({
    docs: z.array(item),
    hasNextPage: z.boolean(),
    limit: z.number().int(),
    page: z.number().int(),
    totalDocs: z.number().int(),
    totalPages: z.number().int(),
  })

export const errorBody = z
  .object({
    errors: z.array(
      z.looseObject({
        code: z
          .string()
          .optional()
          .describe(
            'What refused: the kind (not-found, forbidden, conflict) or the rule (plan-drift)',
          ),
        message: z.string(),
      }),
    ),
  })
  .describe('An error: 401, 403, 404, 409, 422')

export const validationErrorBody = z
  .object({
    errors: z.array(
      z.object({
        data: z.object({ errors: z.array(z.object({ message: z.string(), path: z.string() })) }),
        message: z.string(),
        name: z.literal('ValidationError'),
      }),
    ),
  })
  .describe("Bad input, in Payload's validation shape: one entry per field path")

/** The 404 of a route that is not there for the caller, because `featureName` is off for their office. */
export const routeNotFoundBody = (featureName: string) =>
  z
    .object({ message: z.string() })
    .describe(
      `404 of a route that is not there for the caller (${featureName} is off for their office)`,
    )
