import { stopSharedAppServer } from './sharedAppServer'

/**
 * The e2e project's teardown (it runs only when e2e files ran, and before the root teardown drops
 * the database): stops the app the e2e files shared.
 */
export default async function e2eGlobalTeardown(): Promise<void> {
  await stopSharedAppServer()
}
