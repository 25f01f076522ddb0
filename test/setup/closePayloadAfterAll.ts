import config from '@payload-config'
import { getPayload } from 'payload'

import { closePayload } from '../../src/lib/db/closePayload'

// Route handlers and suites share one cached Payload per test file; close its pool so the run
// can drop its database and jest exits without --forceExit.
afterAll(async () => {
  await closePayload(await getPayload({ config }))
})
