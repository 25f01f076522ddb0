import Ajv2020 from 'ajv/dist/2020.js'

import type { OpenApiDocument } from '../../src/lib/api/openapi/buildOpenApi'
import type { HttpResult } from './http'

/**
 * `expectDocumented(response, 'Component')`: the response body matches that component of the
 * published OpenAPI document, so an integration test checks every answer against the contract.
 */
export const openApiConformance = (document: OpenApiDocument, id: string) => {
  const ajv = new Ajv2020({ strict: false, validateFormats: false })
  ajv.addSchema({ ...document, $id: id })
  return (response: HttpResult, component: string) => {
    const validate = ajv.getSchema(`${id}#/components/schemas/${component}`)
    if (!validate) throw new Error(`no component ${component}`)
    expect({ component, errors: validate(response.body) ? null : validate.errors }).toEqual({
      component,
      errors: null,
    })
  }
}
