import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { buildConfig } from 'payload'

import { coreCollections, tenantScopedSlugs } from './collections'
import { readEnv } from './src/lib/env'
import { financialEndpoints } from './src/ledger/endpoints'
import { eventsPlugin } from './src/lib/events/eventsPlugin'
import { graphqlLimitRules } from './src/lib/graphql/graphqlLimits'
import { healthEndpoint } from './src/lib/health'
import { trustedOriginsOf } from './src/lib/http/trustedOrigins'
import { inputGuardsPlugin } from './src/lib/input/inputGuardsPlugin'
import { metricsEndpoint } from './src/lib/metrics/metricsEndpoint'
import { platformJobsPlugin } from './src/lib/platformJobsPlugin'
import { emailAdapter } from './src/lib/notifications/email/emailAdapter'
import { queuePlugin } from './src/lib/queue/queuePlugin'
import { schedulerPlugin } from './src/lib/scheduler/schedulerPlugin'
import { securityViewPlugin } from './src/lib/security/view/securityViewPlugin'
import { tenancyPlugin } from './src/lib/tenancy/tenancyPlugin'
import { featurePlugins } from './plugins'
import { migrations } from './migrations'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const env = readEnv()

export default buildConfig({
  admin: {
    // The admin renews its token before it ends instead of asking (with ENABLE_HTTPONLY_AUTH each
    // renewal rotates the refresh cookie, src/lib/auth).
    autoRefresh: true,
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
  // The session cookie counts only from these origins; CORS is for the configured ones alone.
  ...trustedOriginsOf(env),
  graphQL: {
    disablePlaygroundInProduction: true,
    maxComplexity: 1000,
    validationRules: graphqlLimitRules,
  },
  // The order is checked when the config is built (src/lib/plugins/pluginOrder.ts): tenancy after
  // every plugin that registers tenant-scoped collections; the queue after every task; then what
  // starts on the queue (the outbox dispatcher, the schedules' ticks), whose onInit runs last.
  plugins: [
    ...featurePlugins(),
    tenancyPlugin(),
    inputGuardsPlugin(),
    securityViewPlugin(),
    platformJobsPlugin(),
    queuePlugin(),
    eventsPlugin(),
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
