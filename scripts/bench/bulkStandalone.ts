import { parseArgs } from 'node:util'

import { getPayload } from 'payload'

import { applyMigrations } from '../../src/lib/db/applyMigrations'
import { closePayload } from '../../src/lib/db/closePayload'
import { useDevDatabase } from '../devDatabase'
import { seedPreset } from '../seed/seedPreset'
import { withoutBackgroundWork } from '../withoutBackgroundWork'
import { benchBulkOps } from './bulkOps'

/**
 * The Bulk Ops part of `npm run bench` alone, against the database `DATABASE_URL` names as it is
 * (not `bo_bench`), seeding the large preset into it first if it is not there, with the bench's
 * own seeding code:
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/bo_bench_bulk \
 *     node --max-old-space-size=8192 --import tsx scripts/bench/bulkStandalone.ts [--runs 3] [--naive-charges 2000]
 *
 * The database must exist (`createdb bo_bench_bulk`).
 */
const { values } = parseArgs({
  options: {
    'dry-runs': { default: '2', type: 'string' },
    'naive-charges': { default: '2000', type: 'string' },
    runs: { default: '3', type: 'string' },
  },
})

withoutBackgroundWork()
const server = await useDevDatabase()
const { default: config } = await import('../../payload.config')
const payload = await getPayload({ config })
await applyMigrations(payload)

const findOffice = async () =>
  (
    await payload.find({
      collection: 'offices',
      limit: 1,
      where: { slug: { equals: 'attica-large' } },
    })
  ).docs[0]
if (!(await findOffice())) {
  console.log('[bench:bulk] seeding the large preset once (a few minutes)')
  await seedPreset(payload, {
    preset: 'large',
    progress: (message) => console.log(`[seed] ${message}`),
  })
}
const office = await findOffice()
const lines = await benchBulkOps({
  dryRunsPerRun: Number(values['dry-runs']),
  naiveCharges: Number(values['naive-charges']),
  office,
  payload,
  runs: Number(values.runs),
})
console.log(`\n${lines.join('\n')}\n`)
await closePayload(payload)
await server.stop()
