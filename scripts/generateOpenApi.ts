import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import {
  BULK_OPENAPI_DOCUMENT_PATH,
  renderBulkOpenApi,
} from '../plugins/bulk-ops/api/openapi/bulkOpenApi'
import {
  OPENAPI_DOCUMENT_PATH,
  renderCollectionsOpenApi,
} from '../plugins/collections-os/api/openapi/collectionsOpenApi'

/**
 * `npx tsx scripts/generateOpenApi.ts` (`npm run generate:openapi`): writes the OpenAPI 3.1
 * documents of the feature APIs from their routes and zod schemas: docs/api/collections.openapi.json
 * and docs/api/bulk-ops.openapi.json. A unit test per document fails while the committed file
 * differs from what this writes, so run it after changing a route or a schema, and commit the
 * result. Pure generation: no database, no Payload.
 */
const documents: [path: string, render: () => string][] = [
  [OPENAPI_DOCUMENT_PATH, renderCollectionsOpenApi],
  [BULK_OPENAPI_DOCUMENT_PATH, renderBulkOpenApi],
]

for (const [path, render] of documents) {
  writeFileSync(fileURLToPath(new URL(`../${path}`, import.meta.url)), render())
  console.log(`wrote ${path}`)
}
