import { z } from 'zod'

import { IDEMPOTENCY_HEADER, MAX_KEY_LENGTH, REPLAYED_HEADER } from '../../idempotency/constants'
import type { ApiRoute } from '../apiRoute'
import { BODY_LIMITS } from '../../http/requestGate'
import { errorBody, routeNotFoundBody, validationErrorBody } from '../schemas/responseSchemas'

/** What a feature's OpenAPI 3.1 document is built from. */
export type OpenApiSource = {
  /**
   * The feature's named schemas (`#/components/schemas/<name>`). Every body and answer a route
   * names must be here; a schema nested in another one becomes a `$ref` to its name. `Error`,
   * `ValidationError` and `RouteNotFound` are added for every document.
   */
  components: Record<string, z.ZodType>
  /** The feature as its flag's users know it, e.g. "Collections OS": every route is 404 when it is off. */
  featureName: string
  info: { description: string; title: string; version: string }
  routes: Record<string, ApiRoute>
  tags: { description: string; name: string }[]
}

type JsonSchema = Record<string, unknown>

const componentRef = (name: string) => ({ $ref: `#/components/schemas/${name}` })

/** zod emits standalone documents; inside OpenAPI 3.1 a schema needs neither `$schema` nor `$id`. */
const embedded = ({ $id: _id, $schema: _schema, ...schema }: JsonSchema): JsonSchema => schema

/**
 * JSON Schema draft 2020-12 is the dialect of OpenAPI 3.1 Schema Objects, and zod's default target.
 * `io: 'input'` describes what a client sends: fields with defaults are optional.
 */
const toSchema = (schema: z.ZodType): JsonSchema =>
  embedded(z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }) as JsonSchema)

const componentSchemas = (components: Record<string, z.ZodType>) => {
  const registry = z.registry<{ id: string }>()
  for (const [id, schema] of Object.entries(components)) registry.add(schema, { id })
  const { schemas } = z.toJSONSchema(registry, {
    io: 'input',
    target: 'draft-2020-12',
    uri: (id) => componentRef(id).$ref,
  })
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => [id, embedded(schema as JsonSchema)]),
  )
}

const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}')

/** The OpenAPI 3.1 document of a feature API, built from its routes and their zod schemas. */
export const buildOpenApi = ({
  components: featureComponents,
  featureName,
  info,
  routes,
  tags,
}: OpenApiSource) => {
  // Sorted by name, so the document does not depend on the order the feature lists them in.
  const components: Record<string, z.ZodType> = Object.fromEntries(
    Object.entries({
      ...featureComponents,
      Error: errorBody,
      RouteNotFound: routeNotFoundBody(featureName),
      ValidationError: validationErrorBody,
    }).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  )

  const nameOf = (schema: z.ZodType): string => {
    const entry = Object.entries(components).find(([, component]) => component === schema)
    if (!entry) throw new Error('Every body and answer of a route must be named in the components')
    return entry[0]
  }
  const json = (schema: z.ZodType) => ({
    'application/json': { schema: componentRef(nameOf(schema)) },
  })
  const jsonAnyOf = (...names: string[]) => ({
    'application/json': { schema: { anyOf: names.map(componentRef) } },
  })

  const parameters = (route: ApiRoute) => {
    const list: JsonSchema[] = []
    if (route.path.includes(':id')) {
      list.push({ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } })
    }
    for (const [name, field] of Object.entries(route.query?.shape ?? {})) {
      const { description, ...schema } = toSchema(field as z.ZodType)
      const isRequired = !(field as z.ZodType).safeParse(undefined).success
      list.push({
        name,
        in: 'query',
        required: isRequired,
        ...(description ? { description } : {}),
        schema,
      })
    }
    if (route.idempotency) {
      list.push({
        name: IDEMPOTENCY_HEADER,
        in: 'header',
        required: route.idempotency === 'required',
        description:
          'A unique key per intended change (a UUID). The same key and body again replays the first answer ' +
          `with \`${REPLAYED_HEADER}: true\`; the same key with another body is 422; while the first runs, 409. Scoped per office.`,
        schema: { type: 'string', minLength: 1, maxLength: MAX_KEY_LENGTH },
      })
    }
    return list
  }

  const responses = (route: ApiRoute) => {
    const { description, schema, status } = route.success
    const answers: Record<string, JsonSchema> = {
      [status]: schema ? { content: json(schema), description } : { description },
    }
    if (route.query || route.body || route.idempotency) {
      answers[400] = {
        content: jsonAnyOf('ValidationError', 'Error'),
        description: 'Bad input (field errors; nothing written) or a missing Idempotency-Key',
      }
    }
    answers[401] = { content: json(errorBody), description: 'Not logged in' }
    answers[403] = {
      content: json(errorBody),
      description: 'A resident or vendor, or a role that may not do this',
    }
    answers[404] = {
      content: jsonAnyOf('Error', 'RouteNotFound'),
      description: `Unknown id, or one of another office or outside a manager's buildings; every route when ${featureName} is off for the caller`,
    }
    const conflicts = [
      route.conflicts,
      route.idempotency && 'A request with this Idempotency-Key is still in progress',
    ].filter(Boolean)
    if (conflicts.length > 0)
      answers[409] = { content: json(errorBody), description: conflicts.join('. ') }
    if (route.body) {
      answers[413] = {
        content: json(errorBody),
        description: `A body over ${BODY_LIMITS.text / 1024} KB`,
      }
      answers[415] = {
        content: json(errorBody),
        description: 'A body that is not sent as application/json',
      }
    }
    if (route.idempotency)
      answers[422] = {
        content: json(errorBody),
        description: 'The Idempotency-Key was used for another request',
      }
    return answers
  }

  const operation = (route: ApiRoute) => ({
    operationId: route.operationId,
    summary: route.summary,
    tags: [route.tag],
    parameters: parameters(route),
    // A body that may be left out (`.optional()`, e.g. a retry of every failed item) is not required.
    ...(route.body
      ? {
          requestBody: {
            content: json(route.body),
            required: !route.body.safeParse(undefined).success,
          },
        }
      : {}),
    responses: responses(route),
  })

  const paths: Record<string, Record<string, unknown>> = {}
  for (const route of Object.values(routes)) {
    const path = openApiPath(route.path)
    paths[path] = { ...paths[path], [route.method]: operation(route) }
  }
  return {
    openapi: '3.1.0',
    info,
    servers: [{ url: '/api' }],
    security: [{ bearerAuth: [] }, { cookieAuth: [] }],
    tags,
    paths,
    components: {
      schemas: componentSchemas(components),
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            'The token of POST /api/users/login (`Authorization: JWT <token>` works too)',
        },
        cookieAuth: { type: 'apiKey', in: 'cookie', name: 'payload-token' },
      },
    },
  }
}

export type OpenApiDocument = ReturnType<typeof buildOpenApi>

/** A document as committed: two-space JSON and a final newline. */
export const renderOpenApi = (document: OpenApiDocument): string =>
  `${JSON.stringify(document, null, 2)}\n`
