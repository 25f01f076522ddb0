import { readFileSync } from 'node:fs'
import path from 'node:path'

import Ajv2020 from 'ajv/dist/2020.js'
import type { Endpoint } from 'payload'

import type { OpenApiDocument } from '../../src/lib/api/openapi/buildOpenApi'

// Named through a constant and typed here: the package ships no types for this entry point.
const OPENAPI_VALIDATOR = '@seriousme/openapi-schema-validator'
type OpenApiValidator = {
  validate: (spec: object) => Promise<{ errors?: unknown; valid: boolean }>
  version: string
}

/**
 * The checks every generated feature API document gets (`src/lib/api/openapi/buildOpenApi.ts`):
 * committed exactly as generated, valid OpenAPI 3.1, every component a strict JSON Schema
 * 2020-12, exactly the endpoints the plugin serves, and an Idempotency-Key on every POST.
 */
export const describeOpenApiDocument = ({
  documentPath,
  endpoints,
  name,
  render,
  routeCount,
  build,
}: {
  build: () => OpenApiDocument
  /** From the repository root. */
  documentPath: string
  endpoints: Endpoint[]
  name: string
  render: () => string
  routeCount: number
}) => {
  const document = build()
  const id = `https://building-office.local/${path.basename(documentPath)}`

  describe(`the ${name} OpenAPI document`, () => {
    it('should be committed exactly as the generator writes it (run `npx tsx scripts/generateOpenApi.ts`)', () => {
      const committed = readFileSync(path.join(process.cwd(), documentPath), 'utf8')
      expect(committed).toBe(render())
    })

    it('should be a valid OpenAPI 3.1 document', async () => {
      const { Validator } = (await import(OPENAPI_VALIDATOR)) as {
        Validator: new () => OpenApiValidator
      }
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
      ajv.addSchema({ $id: id, components: document.components })
      for (const [component, schema] of Object.entries(document.components.schemas)) {
        expect({ component, errors: ajv.validateSchema(schema) ? null : ajv.errors }).toEqual({
          component,
          errors: null,
        })
        expect(() => ajv.compile({ $ref: `${id}#/components/schemas/${component}` })).not.toThrow()
      }
    })

    it('should describe exactly the endpoints the plugin serves', () => {
      const served = endpoints.map((endpoint) => `${endpoint.method} ${endpoint.path}`).sort()
      const documented = Object.entries(document.paths)
        .flatMap(([route, operations]) =>
          Object.keys(operations).map(
            (method) => `${method} ${route.replace(/\{(\w+)\}/g, ':$1')}`,
          ),
        )
        .sort()
      expect(documented).toEqual(served)
      expect(served).toHaveLength(routeCount)
    })

    it('should require an Idempotency-Key on every POST', () => {
      for (const [route, operations] of Object.entries(document.paths)) {
        const post = (
          operations as Record<
            string,
            { parameters: { in: string; name: string; required: boolean }[] } | undefined
          >
        ).post
        if (!post) continue
        expect({
          header: post.parameters.find((parameter) => parameter.in === 'header'),
          route,
        }).toMatchObject({
          header: { name: 'Idempotency-Key', required: true },
          route,
        })
      }
    })
  })
}
