import { getPayload } from 'payload'

import { verifyAuditChain } from '../src/lib/audit/verifyAuditChain'
import { closePayload } from '../src/lib/db/closePayload'
import { useDevDatabase } from './devDatabase'
import { withoutBackgroundWork } from './withoutBackgroundWork'

/**
 * `npm run audit:verify [-- --office <id|slug>]`: recomputes the audit hash chain of one office,
 * or of every office, and exits 1 when any chain is broken (2 on bad arguments or an unknown office).
 * Runbook: docs/runbooks/audit-and-idempotency.md.
 */
const args = process.argv.slice(2)
const flag = args.indexOf('--office')
const office = flag === -1 ? undefined : args[flag + 1]
if (flag !== -1 && !office) {
  console.error('Usage: npm run audit:verify [-- --office <id|slug>]')
  process.exit(2)
}

withoutBackgroundWork()
const database = await useDevDatabase()
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })

let exitCode = 0
try {
  const { docs: offices } = await payload.find({
    collection: 'offices',
    depth: 0,
    pagination: false,
    select: { slug: true },
    sort: 'id',
    where:
      office === undefined
        ? undefined
        : /^\d+$/.test(office)
          ? { id: { equals: Number(office) } }
          : { slug: { equals: office } },
  })
  if (offices.length === 0) {
    console.error(office === undefined ? 'No offices.' : `No office with id or slug "${office}".`)
    exitCode = 2
  }
  for (const { id, slug } of offices) {
    const result = await verifyAuditChain({ payload, tenant: id })
    if (result.ok) {
      console.log(`ok      office ${id} (${slug}): ${result.checked} events`)
    } else {
      exitCode = 1
      console.log(
        `BROKEN  office ${id} (${slug}): event ${result.brokenAtId}, sequence ${result.sequence}: ${result.reason}`,
      )
    }
  }
} finally {
  await closePayload(payload)
  await database.stop()
}
process.exit(exitCode)
