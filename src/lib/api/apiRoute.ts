import type { z } from 'zod'

/**
 * One route of a feature's REST API: its method and path, the zod schemas that parse its query
 * and body, and its success answer. The endpoints parse with these schemas (`apiEndpointFor`) and
 * the OpenAPI document is generated from them (`buildOpenApi`), so the two cannot drift apart.
 */
export type ApiRoute<Tag extends string = string> = {
  method: 'delete' | 'get' | 'patch' | 'post'
  /** Payload's path syntax (`:id`), relative to `/api`. */
  path: string
  body?: z.ZodType
  /** Statuses this route answers besides the ones every route does (400, 401, 403, 404). */
  conflicts?: string
  /** `required`: every call needs an `Idempotency-Key`; `optional`: honoured when sent. */
  idempotency?: 'optional' | 'required'
  operationId: string
  query?: z.ZodObject
  success: { description: string; schema?: z.ZodType; status: 200 | 201 | 202 | 204 }
  summary: string
  tag: Tag
}

/** Declares a route, keeping its literal type (so handlers see the exact body and query types). */
export const defineRoute =
  <Tag extends string>() =>
  <R extends ApiRoute<Tag>>(definition: R): R =>
    definition
