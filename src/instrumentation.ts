/**
 * Next.js calls `register` once when a server starts. Initialising Payload here (rather than on
 * the first request) applies pending migrations and starts the queue's workers and the scheduler
 * at boot, so a freshly deployed instance works its queue before anyone visits it.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ getPayload }, { default: config }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
  ])
  await getPayload({ config })
}
