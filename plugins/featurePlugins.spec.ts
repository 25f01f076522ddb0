import type { Config } from 'payload'

import { configuredListeners } from '../src/lib/events/registerListeners'
import { markApplied } from '../src/lib/plugins/pluginOrder'
import { configuredTasks } from '../src/lib/queue/registerTasks'
import { configuredSchedules } from '../src/lib/scheduler/registerSchedules'
import { featurePlugins } from '.'
import { bulkOpsPlugin } from './bulk-ops'
import { collectionsOsPlugin } from './collections-os'

const apply = async (): Promise<Config> => {
  let config = {
    admin: { components: { afterNavLinks: ['/existing#Link'] } },
    collections: [],
    secret: 'x',
  } as unknown as Config
  for (const plugin of featurePlugins()) config = await plugin(config)
  return config
}

const navFlags = (config: Config) =>
  (config.admin?.components?.afterNavLinks ?? []).map((entry) =>
    typeof entry === 'object' && entry && 'serverProps' in entry
      ? (entry.serverProps as { flag: string }).flag
      : entry,
  )

describe('feature plugins', () => {
  it('should add the Collections and Bulk Center views, each gated by its flag', async () => {
    const views = (await apply()).admin?.components?.views ?? {}
    expect(views).toMatchObject({
      bulkCenter: {
        Component: { serverProps: { flag: 'ENABLE_BULK_OPS' } },
        path: '/office-finance/bulk-center',
      },
      collectionsQueue: {
        Component: { serverProps: { flag: 'ENABLE_COLLECTIONS_OS' } },
        path: '/office-finance/collections',
      },
    })
  })

  it('should add flag-gated sidebar links after the ones already there', async () => {
    expect(navFlags(await apply())).toEqual([
      '/existing#Link',
      'ENABLE_COLLECTIONS_OS',
      'ENABLE_BULK_OPS',
    ])
  })

  it("should register each plugin's tasks, schedules and listeners, its listeners gated by its flag", async () => {
    const config = await apply()
    expect(configuredTasks(config).map((task) => task.name)).toEqual(
      expect.arrayContaining([
        'dunning.run',
        'bulk.execute',
        'listener.collections-os.settle-promises',
      ]),
    )
    expect(configuredSchedules(config).map((schedule) => schedule.cron)).toEqual([
      '*/5 * * * *',
      '*/15 * * * *',
    ])
    expect(configuredListeners(config)).toEqual([
      expect.objectContaining({
        flag: 'ENABLE_COLLECTIONS_OS',
        name: 'collections-os.settle-promises',
        on: ['payment.recorded'],
      }),
    ])
  })

  it('should refuse to be placed after the tenancy plugin, or installed twice', async () => {
    const late = markApplied({ collections: [], secret: 'x' } as unknown as Config, 'tenancy')
    await expect(async () => collectionsOsPlugin()(late)).rejects.toThrow(
      /registered after tenancyPlugin\(\) ran/,
    )
    const once = await bulkOpsPlugin()({ collections: [], secret: 'x' } as unknown as Config)
    await expect(async () => bulkOpsPlugin()(once)).rejects.toThrow('bulk-ops is installed twice')
  })

  it('should take options with their defaults, and stop the start on a bad one, naming it', async () => {
    const hourly = await collectionsOsPlugin({ promiseSweepMinutes: 60 })({
      collections: [],
      secret: 'x',
    } as unknown as Config)
    expect(configuredSchedules(hourly).map((schedule) => schedule.cron)).toContain('*/60 * * * *')
    expect(() => collectionsOsPlugin({ promiseSweepMinutes: 7 })).toThrow(
      /promiseSweepMinutes must be one of/,
    )
    expect(() => bulkOpsPlugin({ executionBatchSize: 0 })).toThrow(
      /executionBatchSize must be a whole number/,
    )
  })
})
