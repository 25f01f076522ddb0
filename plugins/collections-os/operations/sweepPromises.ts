import { createLocalReq } from 'payload'
import type { Payload } from 'payload'

import { readEnv } from '../../../src/lib/env'
import { isFeatureEnabled } from '../../../src/lib/flags/isFeatureEnabled'
import { poolOf } from '../../../src/lib/db/poolOf'
import { officeToday } from '../../../src/ledger/engine/officeCalendar'
import { DUNNING_ACTOR } from '../constants'
import { settlePromises } from './settlePromises'
import type { SettledPromise } from './settlePromises'

/**
 * Settles the active promises of every office that has any and has Collections OS on, each on
 * its own calendar day, so an owner who paid sees the promise kept (and a lapsed one broken)
 * without waiting for the next dunning run. One office's failure does not stop the others.
 */
export const sweepPromises = async ({
  payload,
}: {
  payload: Payload
}): Promise<SettledPromise[]> => {
  const { rows } = await poolOf(payload).query<{ tenant_id: number }>(
    `select distinct tenant_id from promises_to_pay where status = 'active' and tenant_id is not null order by tenant_id`,
  )
  const flags = readEnv().flags
  const settled: SettledPromise[] = []
  for (const { tenant_id: officeId } of rows) {
    const office = await payload.findByID({ collection: 'offices', depth: 0, id: officeId })
    if (!isFeatureEnabled({ flag: 'ENABLE_COLLECTIONS_OS', flags, office })) continue
    try {
      const req = await createLocalReq({ context: { actor: DUNNING_ACTOR } }, payload)
      settled.push(
        ...(await settlePromises({
          asOf: officeToday(office.timezone),
          officeId,
          req,
          timezone: office.timezone,
        })),
      )
    } catch (err) {
      payload.logger.error({
        err,
        msg: `dunning: could not settle the promises of office ${officeId}`,
      })
    }
  }
  return settled
}
