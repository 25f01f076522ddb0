import type { Payload } from 'payload'

import { poolOf } from '../../src/lib/db/poolOf'
import { cleanupDomainEvents } from '../../src/lib/events/cleanupDomainEvents'
import { startPayload } from '../helpers/testPayload'

/**
 * The outbox's retention, batch by batch (`deleteInBatches`, shared by every housekeeping task):
 * dispatched events past 30 days go, however many batches that takes; recent and undispatched
 * ones stay.
 */
let payload: Payload

beforeAll(async () => {
  payload = await startPayload()
})

describe('cleanupDomainEvents', () => {
  it('should delete old dispatched events in batches and keep the rest', async () => {
    const pool = poolOf(payload)
    const type = `housekeeping.${Date.now()}`
    await pool.query(
      `insert into domain_events (type, data, created_at, dispatched_at)
       select $1, '{}'::jsonb, now() - interval '40 days', case when n <= 5 then now() - interval '40 days' end
         from generate_series(1, 7) as n
       union all
       select $1, '{}'::jsonb, now() - interval '1 day', now() - interval '1 day'`,
      [type],
    )
    expect(await cleanupDomainEvents({ batchSize: 2, payload })).toBeGreaterThanOrEqual(5)
    const { rows } = await pool.query<{ dispatched: boolean; old: boolean }>(
      `select dispatched_at is not null as dispatched, created_at < now() - interval '30 days' as old
         from domain_events where type = $1 order by id`,
      [type],
    )
    // The two undispatched old ones and the recent dispatched one.
    expect(rows).toEqual([
      { dispatched: false, old: true },
      { dispatched: false, old: true },
      { dispatched: true, old: false },
    ])
  })
})
