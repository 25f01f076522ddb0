import { buildOpenApi, renderOpenApi } from '../../../../src/lib/api/openapi/buildOpenApi'
import { bulkRoutes } from '../routes'
import { openApiComponents } from './openApiComponents'

/** Where the committed document lives, from the repository root. */
export const BULK_OPENAPI_DOCUMENT_PATH = 'docs/api/bulk-ops.openapi.json'

/** The OpenAPI 3.1 document of `/api/office-ops/bulk/*`, built from the routes and their zod schemas. */
export const buildBulkOpenApi = () =>
  buildOpenApi({
    components: openApiComponents,
    featureName: 'Bulk Ops',
    info: {
      title: 'Bulk Ops API',
      version: '1.0.0',
      description:
        'Bulk jobs of one office (EPIC-B): create a draft, dry-run it (a preview per apartment, nothing written to the ledger), ' +
        'execute it on the data it was checked on, retry failed items. Money is integer cents. ' +
        "Every route answers 404 when Bulk Ops is off for the caller's office. Guide: docs/api/bulk-ops.md.",
    },
    routes: bulkRoutes,
    tags: [
      {
        name: 'Jobs',
        description: 'Checked bulk operations: draft, dry-run, execute, retry, cancel',
      },
      { name: 'Templates', description: 'Reusable actions, scopes and parameters of an office' },
    ],
  })

/** The document as committed: two-space JSON and a final newline. */
export const renderBulkOpenApi = (): string => renderOpenApi(buildBulkOpenApi())
