import { describeOpenApiDocument } from '../../../../test/helpers/openApiDocumentSuite'
import { collectionsApiEndpoints } from '..'
import { collectionsRoutes } from '../routes'
import {
  buildCollectionsOpenApi,
  OPENAPI_DOCUMENT_PATH,
  renderCollectionsOpenApi,
} from './collectionsOpenApi'

/**
 * The OpenAPI document of /api/collections/*: generated from the routes' zod schemas, valid
 * OpenAPI 3.1, committed as generated, and covering exactly the endpoints the plugin serves.
 */
describeOpenApiDocument({
  build: buildCollectionsOpenApi,
  documentPath: OPENAPI_DOCUMENT_PATH,
  endpoints: collectionsApiEndpoints,
  name: 'Collections API',
  render: renderCollectionsOpenApi,
  routeCount: Object.keys(collectionsRoutes).length,
})
