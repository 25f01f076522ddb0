import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import { OPENAPI_DOCUMENT_PATH, renderCollectionsOpenApi } from '../plugins/collections-os/api/openapi/collectionsOpenApi'

/**
 * `npx tsx scripts/generateOpenApi.ts`: writes docs/api/collections.openapi.json from the
 * Collections API's routes and zod schemas. A unit test fails while the committed file differs
 * from what this writes, so run it after changing a route or a schema, and commit the result.
 * Pure generation: no database, no Payload.
 */
const target = fileURLToPath(new URL(`../${OPENAPI_DOCUMENT_PATH}`, import.meta.url))
writeFileSync(target, renderCollectionsOpenApi())
console.log(`wrote ${OPENAPI_DOCUMENT_PATH}`)
