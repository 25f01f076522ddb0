import type { Payload } from 'payload'

import { migrations } from '../../../migrations'

type AdapterMigrations = NonNullable<Parameters<Payload['db']['migrate']>[0]>['migrations']

/**
 * Applies the committed migrations that have not run yet. The same list production runs on start
 * (`prodMigrations`), so dev, tests and production build their schema one way.
 */
export const applyMigrations = (payload: Payload): Promise<void> =>
  payload.db.migrate({ migrations: migrations as unknown as AdapterMigrations })
