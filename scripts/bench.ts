import { parseArgs } from 'node:util'

import { createLocalReq, getPayload } from 'payload'

import { createDatabase, databaseExists, withDatabase } from '../src/lib/db/databaseAdmin'
import { applyMigrations } from '../src/lib/db/applyMigrations'
import { closePayload } from '../src/lib/db/closePayload'
import type { SqlExecutor } from '../src/lib/db/transaction'
import { officeToday } from '../src/ledger/engine/officeCalendar'
import { apartmentBalancesPage } from '../src/ledger/operations/apartmentBalancesPage'
import { rebuildApartmentOpenItems } from '../src/ledger/operations/rebuildApartmentOpenItems'
import { benchBulkOps } from './bench/bulkOps'
import { benchCollections } from './bench/collections'
import { benchPaymentWritePath } from './bench/paymentWritePath'
import { startCountingSmtpSink } from './bench/smtpSinkProcess'
import { measure, speedup } from './bench/stats'
import type { Timing } from './bench/stats'
import { liveFifoAging, naiveLocalApiAging } from './bench/references'
import { useDevDatabase } from './devDatabase'
import { DEMO_PASSWORD } from './seed/presets'
import { seedPreset } from './seed/seedPreset'
import { withoutBackgroundWork } from './withoutBackgroundWork'

/**
 * `npm run bench`: the financial read paths on the large preset (20,000 apartments, ~1M ledger
 * rows, seeded once into the `bo_bench` database and reused), each against references measured in
 * the same run: (a) live FIFO aging in one SQL statement, (b) the naive Local API way. Then
 * Collections OS (./bench/collections.ts): dunning planning against the open-items read, and
 * real runs into a local SMTP sink. Last, Bulk Ops (./bench/bulkOps.ts): a month's charge issue
 * dry-run and executed against a naive `payload.create` loop.
 */
const { values } = parseArgs({
  options: {
    n: { default: '30', type: 'string' },
    'naive-buildings': { default: '20', type: 'string' },
    'skip-naive': { default: false, type: 'boolean' },
    'skip-collections': { default: false, type: 'boolean' },
    'only-collections': { default: false, type: 'boolean' },
    'collections-runs': { default: '3', type: 'string' },
    'skip-bulk': { default: false, type: 'boolean' },
    'bulk-runs': { default: '3', type: 'string' },
  },
})
const N = Number(values.n)

withoutBackgroundWork()
const server = await useDevDatabase()
const benchUrl = withDatabase(server.url, 'bo_bench')
if (!(await databaseExists(server.url, 'bo_bench'))) await createDatabase(server.url, 'bo_bench')
process.env.DATABASE_URL = benchUrl
// E-mail goes to the bench's own SMTP sink (a child process); SMTP_URL is read once, with the config.
const smtpSink = values['skip-collections'] ? null : await startCountingSmtpSink()
if (smtpSink) process.env.SMTP_URL = smtpSink.url
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
await applyMigrations(payload)

const existing = await payload.find({
  collection: 'offices',
  limit: 1,
  where: { slug: { equals: 'attica-large' } },
})
if (existing.docs.length === 0) {
  console.log('[bench] seeding the large preset once (about two minutes)')
  await seedPreset(payload, {
    preset: 'large',
    progress: (message) => console.log(`[seed] ${message}`),
  })
}
const office = (
  await payload.find({
    collection: 'offices',
    limit: 1,
    where: { slug: { equals: 'attica-large' } },
  })
).docs[0]
const asOf = officeToday(office.timezone)
// The app's GET route as src/app builds it (the route file itself also pulls in the admin CSS).
const { REST_GET } = await import('@payloadcms/next/routes')
const { withObservability } = await import('../src/lib/http/withObservability')
const GET = withObservability({ config, handler: REST_GET(config) })
const { token } = await payload.login({
  collection: 'users',
  data: { email: 'large-admin@demo.test', password: DEMO_PASSWORD },
})
const db = (payload.db as unknown as { drizzle: SqlExecutor }).drizzle
const counts = await db.execute<{ apartments: string; charges: string; payments: string }>(
  (await import('../src/lib/db/transaction'))
    .sql`select (select count(*) from apartments where tenant_id = ${office.id}) as apartments,
    (select count(*) from charges where tenant_id = ${office.id}) as charges,
    (select count(*) from payments where tenant_id = ${office.id}) as payments`,
)

const collections = smtpSink
  ? await benchCollections({
      asOf,
      n: N,
      office,
      payload,
      runs: Number(values['collections-runs']),
      sink: smtpSink,
    })
  : []
if (values['only-collections']) {
  console.log(`\n${collections.join('\n')}\n`)
  await closePayload(payload)
  await smtpSink?.stop()
  await server.stop()
  process.exit(0)
}

const call = (path: string) => async () => {
  const url = new URL(`http://localhost/api/${path}`)
  const response = await GET(new Request(url, { headers: { authorization: `JWT ${token}` } }), {
    params: Promise.resolve({ slug: url.pathname.replace('/api/', '').split('/') }),
  })
  if (response.status !== 200)
    throw new Error(`${path}: ${response.status} ${await response.text()}`)
  await response.arrayBuffer()
}

const results: Timing[] = []
const run = async (label: string, work: () => Promise<unknown>, n = N) => {
  const timing = await measure(label, work, { n })
  results.push(timing)
  console.log(
    `[bench] ${label}: p50 ${timing.p50.toFixed(1)} ms, p95 ${timing.p95.toFixed(1)} ms (n=${n})`,
  )
  return timing
}

const reference = await run(
  '(a) live FIFO aging, one SQL statement',
  () => liveFifoAging(db, { asOf, office: office.id, timezone: office.timezone }),
  5,
)
const overview = await run(
  'GET /api/financial/dashboard/overview',
  call(`financial/dashboard/overview?asOf=${asOf}`),
)
const summary = await run(
  'GET /api/financial/dashboard/summary',
  call(`financial/dashboard/summary?asOf=${asOf}`),
)
await run(
  'GET /api/financial/dashboard/apartment_balances (page of 25)',
  call(`financial/dashboard/apartment_balances?asOf=${asOf}&limit=25`),
)
await run(
  'GET /api/financial/debt-report (JSON, all debtors)',
  call(`financial/debt-report?asOf=${asOf}`),
  5,
)
await run(
  'GET /api/financial/debt-report?format=csv',
  call(`financial/debt-report?asOf=${asOf}&format=csv`),
  5,
)

const systemReq = await createLocalReq({}, payload)
const scope = {
  buildingIds: null,
  currency: office.currency,
  officeId: office.id,
  timezone: office.timezone,
}
const pageDb = await run('apartment_balances page, database time only', () =>
  apartmentBalancesPage({
    asOf,
    query: { limit: 25, page: 1, sort: '-balance' },
    req: systemReq,
    scope,
  }),
)

const apartments = await payload.find({
  collection: 'apartments',
  depth: 0,
  limit: 500,
  pagination: false,
  where: { tenant: { equals: office.id } },
})
let next = 0
const somebody = () => apartments.docs[(next += 7) % apartments.docs.length].id
const upkeep = await run(
  'open-items upkeep for one apartment (allocation + balance)',
  () => rebuildApartmentOpenItems({ apartmentId: somebody(), req: systemReq }),
  100,
)
const writePath = await benchPaymentWritePath({
  apartmentIds: apartments.docs.map((a) => a.id),
  n: 100,
  office,
  payload,
})
for (const timing of [writePath.floor, writePath.system, writePath.localApi]) {
  console.log(
    `[bench] ${timing.label}: p50 ${timing.p50.toFixed(1)} ms, p95 ${timing.p95.toFixed(1)} ms (n=${timing.n}, interleaved)`,
  )
}
const { floor, localApi: recordPaymentLocalApi, system: recordOne } = writePath

let naive: Timing | null = null
let naivePeakMb = 0
if (!values['skip-naive']) {
  const buildings = await payload.find({
    collection: 'buildings',
    depth: 0,
    limit: Number(values['naive-buildings']),
    sort: 'id',
    where: { tenant: { equals: office.id } },
  })
  const totalBuildings = (
    await payload.count({ collection: 'buildings', where: { tenant: { equals: office.id } } })
  ).totalDocs
  const scale = totalBuildings / buildings.docs.length
  const before = process.memoryUsage().rss
  const sampler = setInterval(
    () => (naivePeakMb = Math.max(naivePeakMb, (process.memoryUsage().rss - before) / 2 ** 20)),
    100,
  )
  const sample = await measure(
    `(b) naive Local API find + JavaScript sums, ${buildings.docs.length} of ${totalBuildings} buildings`,
    () =>
      naiveLocalApiAging(payload, {
        asOf,
        buildings: buildings.docs.map((b) => b.id),
        office: office.id,
      }),
    { n: 1, warmup: 0 },
  )
  clearInterval(sampler)
  console.log(
    `[bench] ${sample.label}: ${sample.p50.toFixed(0)} ms, peak RSS +${Math.round(naivePeakMb)} MB`,
  )
  naive = {
    label: `(b) naive Local API way, whole office (scaled x${scale} from ${sample.label.split(', ')[1]})`,
    n: 1,
    p50: sample.p50 * scale,
    p95: sample.p95 * scale,
  }
  results.push(sample, naive)
}

// Last: it writes and takes back ~60,000 charges per round.
const bulk = values['skip-bulk']
  ? []
  : await benchBulkOps({ office, payload, runs: Number(values['bulk-runs']) })

const ratio = (candidate: Timing, base: Timing, at: 'p50' | 'p95' = 'p50') =>
  (candidate[at] / base[at]).toFixed(1)
const row = (timing: Timing, extra = '') =>
  `| ${timing.label} | ${timing.p50.toFixed(1)} | ${timing.p95.toFixed(1)} | ${extra} |`
const lines = [
  `Data: ${counts.rows[0].apartments} apartments, ${counts.rows[0].charges} charges, ${counts.rows[0].payments} payments; as of ${asOf}; n=${N} unless noted.`,
  '',
  '| measurement | p50 ms | p95 ms | ratio |',
  '| --- | ---: | ---: | --- |',
  row(reference, 'reference (a)'),
  ...(naive
    ? [row(naive, `reference (b); the measured slice peaked at RSS +${Math.round(naivePeakMb)} MB`)]
    : []),
  row(
    overview,
    `${speedup(reference, overview)}x faster than (a)${naive ? `, ${speedup(naive, overview)}x than (b)` : ''}`,
  ),
  row(
    summary,
    `${speedup(reference, summary)}x faster than (a)${naive ? `, ${speedup(naive, summary)}x than (b)` : ''}`,
  ),
  ...results
    .filter((t) => ![reference, naive, overview, summary, pageDb, upkeep].includes(t))
    .map((t) => row(t)),
  row(pageDb, pageDb.p95 < 10 ? 'under the 10 ms budget' : 'OVER the 10 ms budget'),
  row(upkeep),
  row(floor, 'reference (c)'),
  row(
    recordOne,
    `${recordOne.p95 < 5 ? 'under' : 'OVER'} the 5 ms p95 budget; ${ratio(recordOne, floor)}x (c) at p50, ${ratio(recordOne, floor, 'p95')}x at p95`,
  ),
  row(recordPaymentLocalApi, `${ratio(recordPaymentLocalApi, floor)}x (c) at p50`),
]
console.log(`\n${lines.join('\n')}\n`)
if (collections.length > 0) console.log(`${collections.join('\n')}\n`)
if (bulk.length > 0) console.log(`${bulk.join('\n')}\n`)
await closePayload(payload)
await smtpSink?.stop()
await server.stop()
