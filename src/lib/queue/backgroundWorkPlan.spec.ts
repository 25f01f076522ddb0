import { FLAG_DEFAULTS } from '../flags/flagNames'
import { backgroundWorkPlan } from './backgroundWorkPlan'

const queue = {
  maintenanceIntervalSeconds: 60,
  pollingIntervalSeconds: 2,
  poolMax: 5,
  schema: 'pgboss',
  workers: true,
}

describe('backgroundWorkPlan', () => {
  it('should connect, run workers and tick schedules by default', () => {
    expect(backgroundWorkPlan({ flags: FLAG_DEFAULTS, nodeEnv: 'production', queue })).toEqual({
      shouldConnectQueue: true,
      shouldRunScheduler: true,
      shouldRunWorkers: true,
    })
  })

  it('should start nothing under tests', () => {
    expect(backgroundWorkPlan({ flags: FLAG_DEFAULTS, nodeEnv: 'test', queue })).toEqual({
      shouldConnectQueue: false,
      shouldRunScheduler: false,
      shouldRunWorkers: false,
    })
  })

  it('should stay send-only with QUEUE_WORKERS=false', () => {
    const plan = backgroundWorkPlan({
      flags: FLAG_DEFAULTS,
      nodeEnv: 'production',
      queue: { ...queue, workers: false },
    })
    expect(plan).toMatchObject({ shouldConnectQueue: true, shouldRunWorkers: false })
  })

  it('should not tick with ENABLE_SCHEDULER off', () => {
    const flags = { ...FLAG_DEFAULTS, ENABLE_SCHEDULER: false }
    expect(backgroundWorkPlan({ flags, nodeEnv: 'development', queue }).shouldRunScheduler).toBe(
      false,
    )
  })
})
