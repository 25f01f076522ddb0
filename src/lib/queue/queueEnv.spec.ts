import { parseEnv } from '../env'

const base = { DATABASE_URL: 'postgres://u@127.0.0.1:5432/db' }

describe('queue environment', () => {
  it('should default to workers on, schema pgboss and the documented timers', () => {
    expect(parseEnv(base).queue).toEqual({
      maintenanceIntervalSeconds: 60,
      pollingIntervalSeconds: 2,
      poolMax: 5,
      schema: 'pgboss',
      workers: true,
    })
  })

  it('should read QUEUE_WORKERS=false as a send-only instance', () => {
    expect(parseEnv({ ...base, QUEUE_WORKERS: 'false' }).queue.workers).toBe(false)
  })

  it.each([
    ['QUEUE_SCHEMA', 'public; drop table x'],
    ['QUEUE_SCHEMA', 'PgBoss'],
    ['QUEUE_WORKERS', 'yes'],
    ['QUEUE_POLLING_INTERVAL_SECONDS', '0.1'],
    ['QUEUE_POOL_MAX', '0'],
  ])('should refuse %s=%p', (name, value) => {
    expect(() => parseEnv({ ...base, [name]: value })).toThrow(name)
  })
})
