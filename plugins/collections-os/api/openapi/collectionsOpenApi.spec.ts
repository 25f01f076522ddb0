import { readFileSync } from 'node:fs'
import path from 'node:path'

import Ajv2020 from 'ajv/dist/2020.js'

import { collectionsApiEndpoints } from '..'
import { collectionsRoutes } from '../routes'
import { buildCollectionsOpenApi, OPENAPI_DOCUMENT_PATH, renderCollectionsOpenApi } from './collectionsOpenApi'

/**
 * The OpenAPI document of /api/collections/*: generated from the routes' zod schemas, valid
 * OpenAPI 3.1, committed as generated, and covering exactly the endpoints the plugin serves.
 */

// Not a dependency yet: named through a constant and typed here, so the rest compiles and runs without it.
const OPENAPI_VALIDATOR = '@seriousme/openapi-schema-validator'
type OpenApiValidator = { validate: (spec: object) => Promise<{ errors?: unknown; valid: boolean }>; version: string }

const document = buildCollectionsOpenApi()

describe('the Collections API OpenAPI document', () => {
  it('should be committed exactly as the generator writes it (run `npx tsx scripts/generateOpenApi.ts`)', () => {
    const committed = readFileSync(path.join(process.cwd(), OPENAPI_DOCUMENT_PATH), 'utf8')
    expect(committed).toBe(renderCollectionsOpenApi())
  })

  it('should be a valid OpenAPI 3.1 document', async () => {
    const { Validator } = (await import(OPENAPI_VALIDATOR)) as { Validator: new () => OpenApiValidator }
    const validator = new Validator()
    const result = await validator.validate(structuredClone(document))
    expect(result.errors).toBeUndefined()
    expect(result.valid).toBe(true)
    expect(validator.version).toBe('3.1')
  })

  it('should give every component a valid JSON Schema draft 2020-12 (the dialect of OpenAPI 3.1) that compiles strictly', () => {
    const ajv = new Ajv2020({ strict: true, validateFormats: false })
    // The components' $refs point into the document, so Ajv gets the document's components as one schema.
    ajv.addKeyword('components')
    ajv.addSchema({ $id: 'https://building-office.local/collections.openapi.json', components: document.components })
    for (const [name, schema] of Object.entries(document.components.schemas)) {
      expect({ errors: ajv.validateSchema(schema) ? null : ajv.errors, name }).toEqual({ errors: null, name })
      expect(() => ajv.compile({ $ref: `https://building-office.local/collections.openapi.json#/components/schemas/${name}` })).not.toThrow()
    }
  })

  it('should describe exactly the endpoints the plugin serves', () => {
    const served = collectionsApiEndpoints.map((endpoint) => `${endpoint.method} ${endpoint.path}`).sort()
    const documented = Object.entries(document.paths)
      .flatMap(([route, operations]) => Object.keys(operations).map((method) => `${method} ${route.replace(/\{(\w+)\}/g, ':$1')}`))
      .sort()
    expect(documented).toEqual(served)
    expect(served).toHaveLength(Object.keys(collectionsRoutes).length)
  })

  it('should require an Idempotency-Key on every POST', () => {
    for (const [route, operations] of Object.entries(document.paths)) {
      const post = (operations as Record<string, { parameters: { in: string; name: string; required: boolean }[] } | undefined>).post
      if (!post) continue
      expect({ header: post.parameters.find((parameter) => parameter.in === 'header'), route }).toMatchObject({
        header: { name: 'Idempotency-Key', required: true },
        route,
      })
    }
  })
})
