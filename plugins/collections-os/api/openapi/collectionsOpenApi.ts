import { buildOpenApi, renderOpenApi } from '../../../../src/lib/api/openapi/buildOpenApi'
import { collectionsRoutes } from '../routes'
import { openApiComponents } from './openApiComponents'

/** Where the committed document lives, from the repository root. */
export const OPENAPI_DOCUMENT_PATH = 'docs/api/collections.openapi.json'

/** The OpenAPI 3.1 document of `/api/collections/*`, built from the routes and their zod schemas. */
export const buildCollectionsOpenApi = () =>
  buildOpenApi({
    components: openApiComponents,
    featureName: 'Collections OS',
    info: {
      title: 'Collections OS API',
      version: '1.0.0',
      description:
        'Dunning policies, runs and promises to pay of one office (EPIC-A). Money is integer cents. ' +
        "Every route answers 404 when Collections OS is off for the caller's office. Guide: docs/api/collections.md.",
    },
    routes: collectionsRoutes,
    tags: [
      { name: 'Policies', description: 'How an office chases arrears' },
      { name: 'Runs', description: 'Executions of a policy and what they did per apartment' },
      { name: 'Promises', description: "Owners' promises to pay; an active one pauses escalation" },
    ],
  })

/** The document as committed: two-space JSON and a final newline. */
export const renderCollectionsOpenApi = (): string => renderOpenApi(buildCollectionsOpenApi())
