import { z } from 'zod'

import { IDEMPOTENCY_HEADER, MAX_KEY_LENGTH, REPLAYED_HEADER } from '../../../../src/lib/idempotency/constants'
import { type ApiRoute, collectionsRoutes } from '../routes'
import { openApiComponents } from './openApiComponents'

/** Where the committed document lives, from the repository root. */
export const OPENAPI_DOCUMENT_PATH = 'docs/api/collections.openapi.json'

type JsonSchema = Record<string, unknown>

const componentRef = (name: string) => ({ $ref: `#/components/schemas/${name}` })

/** zod emits standalone documents; inside OpenAPI 3.1 a schema needs neither `$schema` nor `$id`. */
const embedded = ({ $id: _id, $schema: _schema, ...schema }: JsonSchema): JsonSchema => schema

/**
 * JSON Schema draft 2020-12 is the dialect of OpenAPI 3.1 Schema Objects, and zod's default target.
 * `io: 'input'` describes what a client sends: fields with defaults are optional.
 */
const toSchema = (schema: z.ZodType): JsonSchema => embedded(z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }) as JsonSchema)

const componentSchemas = () => {
  const registry = z.registry<{ id: string }>()
  for (const [id, schema] of Object.entries(openApiComponents)) registry.add(schema, { id })
  const { schemas } = z.toJSONSchema(registry, { io: 'input', target: 'draft-2020-12', uri: (id) => componentRef(id).$ref })
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, embedded(schema as JsonSchema)]))
}

const nameOf = (schema: z.ZodType): string => {
  const entry = Object.entries(openApiComponents).find(([, component]) => component === schema)
  if (!entry) throw new Error('Every body and answer of a route must be named in openApiComponents')
  return entry[0]
}

const json = (schema: z.ZodType) => ({ 'application/json': { schema: componentRef(nameOf(schema)) } })
const jsonAnyOf = (...names: string[]) => ({ 'application/json': { schema: { anyOf: names.map(componentRef) } } })

const parameters = (route: ApiRoute) => {
  const list: JsonSchema[] = []
  if (route.path.includes(':id')) {
    list.push({ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } })
  }
  for (const [name, field] of Object.entries(route.query?.shape ?? {})) {
    const { description, ...schema } = toSchema(field as z.ZodType)
    const isRequired = !(field as z.ZodType).safeParse(undefined).success
    list.push({ name, in: 'query', required: isRequired, ...(description ? { description } : {}), schema })
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
  const answers: Record<string, JsonSchema> = { [status]: schema ? { content: json(schema), description } : { description } }
  if (route.query || route.body || route.idempotency) {
    answers[400] = { content: jsonAnyOf('ValidationError', 'Error'), description: 'Bad input (field errors; nothing written) or a missing Idempotency-Key' }
  }
  answers[401] = { content: json(openApiComponents.Error), description: 'Not logged in' }
  answers[403] = { content: json(openApiComponents.Error), description: 'A resident or vendor, or a role that may not do this' }
  answers[404] = {
    content: jsonAnyOf('Error', 'RouteNotFound'),
    description: "Unknown id, or one of another office or outside a manager's buildings; every route when Collections OS is off for the caller",
  }
  const conflicts = [route.conflicts, route.idempotency && 'A request with this Idempotency-Key is still in progress'].filter(Boolean)
  if (conflicts.length > 0) answers[409] = { content: json(openApiComponents.Error), description: conflicts.join('. ') }
  if (route.idempotency) answers[422] = { content: json(openApiComponents.Error), description: 'The Idempotency-Key was used for another request' }
  return answers
}

const operation = (route: ApiRoute) => ({
  operationId: route.operationId,
  summary: route.summary,
  tags: [route.tag],
  parameters: parameters(route),
  ...(route.body ? { requestBody: { content: json(route.body), required: true } } : {}),
  responses: responses(route),
})

const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}')

/** The OpenAPI 3.1 document of `/api/collections/*`, built from the routes and their zod schemas. */
export const buildCollectionsOpenApi = () => {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const route of Object.values(collectionsRoutes) as ApiRoute[]) {
    const path = openApiPath(route.path)
    paths[path] = { ...paths[path], [route.method]: operation(route) }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Collections OS API',
      version: '1.0.0',
      description:
        'Dunning policies, runs and promises to pay of one office (EPIC-A). Money is integer cents. ' +
        "Every route answers 404 when Collections OS is off for the caller's office. Guide: docs/api/collections.md.",
    },
    servers: [{ url: '/api' }],
    security: [{ bearerAuth: [] }, { cookieAuth: [] }],
    tags: [
      { name: 'Policies', description: 'How an office chases arrears' },
      { name: 'Runs', description: 'Executions of a policy and what they did per apartment' },
      { name: 'Promises', description: "Owners' promises to pay; an active one pauses escalation" },
    ],
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'The token of POST /api/users/login (`Authorization: JWT <token>` works too)',
        },
        cookieAuth: { type: 'apiKey', in: 'cookie', name: 'payload-token' },
      },
    },
  }
}

/** The document as committed: two-space JSON and a final newline. */
export const renderCollectionsOpenApi = (): string => `${JSON.stringify(buildCollectionsOpenApi(), null, 2)}\n`
