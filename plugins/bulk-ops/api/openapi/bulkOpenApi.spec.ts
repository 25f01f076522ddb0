import { describeOpenApiDocument } from '../../../../test/helpers/openApiDocumentSuite'
import { bulkApiEndpoints } from '..'
import { bulkRoutes } from '../routes'
import { BULK_OPENAPI_DOCUMENT_PATH, buildBulkOpenApi, renderBulkOpenApi } from './bulkOpenApi'

/**
 * The OpenAPI document of /api/office-ops/bulk/*: generated from the routes' zod schemas, valid
 * OpenAPI 3.1, committed as generated, and covering exactly the endpoints the plugin serves.
 */
describeOpenApiDocument({
  build: buildBulkOpenApi,
  documentPath: BULK_OPENAPI_DOCUMENT_PATH,
  endpoints: bulkApiEndpoints,
  name: 'Bulk Ops API',
  render: renderBulkOpenApi,
  routeCount: Object.keys(bulkRoutes).length,
})
