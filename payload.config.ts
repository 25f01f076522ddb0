import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { buildConfig } from 'payload'

import { coreCollections, tenantScopedSlugs } from './collections'
import { readEnv } from './src/lib/env'
import { financialEndpoints } from './src/ledger/endpoints'
import { healthEndpoint } from './src/lib/health'
import { metricsEndpoint } from './src/lib/metrics/metricsEndpoint'
import { platformJobsPlugin } from './src/lib/platformJobsPlugin'
import { emailAdapter } from './src/lib/notifications/email/emailAdapter'
import { queuePlugin } from './src/lib/queue/queuePlugin'
import { schedulerPlugin } from './src/lib/scheduler/schedulerPlugin'
import { tenancyPlugin } from './src/lib/tenancy/tenancyPlugin'
import { featurePlugins } from './plugins'
import { migrations } from './migrations'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = readEnv()

export default buildConfig({
  admin: {
    // No Gravatar: these machines (and many office networks) cannot reach it.
    avatar: 'default',
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Building Office' },
    user: 'users',
  },
  collections: coreCollections,
  custom: { tenantScopedSlugs: [...tenantScopedSlugs] },
  db: postgresAdapter({
    migrationDir: path.resolve(dirname, 'migrations'),
    pool: { connectionString: env.databaseUrl, max: env.databasePoolMax },
    // Never push: the schema comes only from committed migrations, in dev, tests and production.
    push: false,
    // Production (`next start`) applies pending migrations on start; dev and tests migrate first.
    prodMigrations: migrations,
  }),
  // SMTP from SMTP_URL; without it, mail is captured under .data/mail/ (docs/runbooks/notifications.md).
  email: emailAdapter({ emailFrom: env.emailFrom, smtpUrl: env.smtpUrl }),
  endpoints: [healthEndpoint, metricsEndpoint, ...financialEndpoints],
  graphQL: { disablePlaygroundInProduction: true },
  plugins: [
    ...featurePlugins(),
    // After every plugin that registers tenant-scoped collections.
    tenancyPlugin(),
    platformJobsPlugin(),
    // Last, so their onInit runs after every other plugin's and sees every registered task and
    // schedule: connect the queue (+ workers unless QUEUE_WORKERS=false), then tick the schedules.
    queuePlugin(),
    schedulerPlugin(),
  ],
  secret: env.payloadSecret,
  serverURL: env.serverUrl,
  telemetry: false,
  typescript: {
    autoGenerate: false,
    outputFile: path.resolve(dirname, 'payload-types.ts'),
  },
})
