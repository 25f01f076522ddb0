import { parseArgs } from 'node:util'

import { getPayload } from 'payload'

import { verifyLedger } from '../src/ledger/operations/verifyLedger'
import { closePayload } from '../src/lib/db/closePayload'
import { useDevDatabase } from './devDatabase'
import { withoutBackgroundWork } from './withoutBackgroundWork'

/** `npm run verify-ledger [-- --office <id|slug>]`: exit 1 if any stored open item or balance is wrong. */
const { values } = parseArgs({ options: { office: { type: 'string' } } })
withoutBackgroundWork()
const database = await useDevDatabase()
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
try {
  // --office takes an id or a slug, like audit:verify.
  const office =
    values.office === undefined
      ? undefined
      : /^\d+$/.test(values.office)
        ? Number(values.office)
        : (
            await payload.find({
              collection: 'offices',
              limit: 1,
              where: { slug: { equals: values.office } },
            })
          ).docs[0]?.id
  if (values.office !== undefined && office === undefined) {
    console.error(`[verify-ledger] no office ${values.office}`)
    process.exit(2)
  }
  const result = await verifyLedger({ office, payload })
  console.log(
    `[verify-ledger] ${result.chargesChecked} charges, ${result.apartmentsChecked} apartment balances checked`,
  )
  for (const mismatch of result.mismatches.slice(0, 50))
    console.log('[verify-ledger] mismatch', JSON.stringify(mismatch))
  if (result.mismatches.length > 0) {
    console.error(`[verify-ledger] ${result.mismatches.length} mismatches`)
    process.exitCode = 1
  } else {
    console.log('[verify-ledger] no differences')
  }
} finally {
  await closePayload(payload)
  await database.stop()
}
