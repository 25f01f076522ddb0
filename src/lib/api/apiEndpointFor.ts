import type { Endpoint, PayloadRequest } from 'payload'
import type { z } from 'zod'

import { errorResponseOf } from '../errors/errorResponseOf'
import { errorResponse } from '../http/errors'
import { withIdempotency } from '../idempotency/withIdempotency'
import { validationErrorResponse, zodFieldErrors } from '../validation/validationError'
import { idempotencyOffice, isApiCaller } from './apiCaller'
import type { ApiCaller } from './apiCaller'
import type { ApiRoute } from './apiRoute'
import { readJsonBody } from './readJsonBody'
import { queryId } from './schemas/requestSchemas'

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined

export type RouteHandlerArgs<R extends ApiRoute> = {
  body: Parsed<R['body']>
  caller: ApiCaller
  /** The `:id` of the path, for routes that have one. */
  id: number
  query: Parsed<R['query']>
  req: PayloadRequest
}

/** What makes one feature's API: who may call it. */
export type FeatureApi = {
  /** The gate (`apiCallerResolver`): the caller, or the answer that turns them away. */
  resolveCaller: (req: PayloadRequest) => Promise<ApiCaller | Response>
}

const parse = (schema: undefined | z.ZodType, input: unknown) => {
  if (!schema) return { data: undefined }
  const result = schema.safeParse(input)
  return result.success
    ? { data: result.data }
    : { response: validationErrorResponse(zodFieldErrors(result.error)) }
}

/**
 * A feature API's endpoint factory. Each endpoint runs: the caller gate (401, 404 when the feature
 * is off, 403), then `Idempotency-Key` handling when the route has it, then the id, query and body
 * parsed with the route's schemas (404 for an id that is not one, 400 with field errors, nothing
 * written), then the handler. Errors the Local API or the feature's operations throw for the
 * caller (400/403/404/409) become responses, which `withIdempotency` stores like any other.
 */
export const apiEndpointFor =
  ({ resolveCaller }: FeatureApi) =>
  <R extends ApiRoute>(
    route: R,
    handler: (args: RouteHandlerArgs<R>) => Promise<Response>,
  ): Endpoint => {
    const parseAndHandle = async (req: PayloadRequest, caller: ApiCaller): Promise<Response> => {
      const id = route.path.includes(':id')
        ? queryId.safeParse(req.routeParams?.id)
        : { data: 0, success: true as const }
      if (!id.success) return errorResponse(404, 'Not Found')
      const query = parse(route.query, Object.fromEntries(req.searchParams))
      if (query.response) return query.response
      let body: { data?: unknown; response?: Response } = { data: undefined }
      if (route.body) {
        const raw = await readJsonBody(req)
        body = raw.response ? raw : parse(route.body, raw.value)
        if (body.response) return body.response
      }
      try {
        return await handler({
          body: body.data,
          caller,
          id: id.data,
          query: query.data,
          req,
        } as RouteHandlerArgs<R>)
      } catch (err) {
        const response = errorResponseOf(err)
        if (response) return response
        throw err
      }
    }

    return {
      handler: async (req) => {
        const caller = await resolveCaller(req)
        if (!isApiCaller(caller)) return caller
        if (!route.idempotency) return parseAndHandle(req, caller)
        return withIdempotency((request) => parseAndHandle(request, caller), {
          required: route.idempotency === 'required',
          scope: () => idempotencyOffice(caller),
        })(req)
      },
      method: route.method,
      path: route.path,
    }
  }
