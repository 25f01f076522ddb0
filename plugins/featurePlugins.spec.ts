import type { Config } from 'payload'

import { featurePlugins } from '.'

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
})
