import type { Config } from 'payload'

import { FLAG_DEFAULTS, type Flags } from '../src/lib/flags/flagNames'
import { featurePlugins } from '.'

const apply = async (flags: Flags): Promise<Config> => {
  let config = { admin: { components: { afterNavLinks: ['/existing#Link'] } }, collections: [], secret: 'x' } as unknown as Config
  for (const plugin of featurePlugins(flags)) config = await plugin(config)
  return config
}

const navFlags = (config: Config) =>
  (config.admin?.components?.afterNavLinks ?? []).map((entry) =>
    typeof entry === 'object' && entry && 'serverProps' in entry ? (entry.serverProps as { flag: string }).flag : entry,
  )

describe('feature plugins', () => {
  it('should add the Collections and Bulk Center views and links when their flags are on', async () => {
    const config = await apply({ ...FLAG_DEFAULTS, ENABLE_BULK_OPS: true, ENABLE_COLLECTIONS_OS: true })
    expect(config.admin?.components?.views).toMatchObject({
      bulkCenter: { path: '/office-finance/bulk-center' },
      collectionsQueue: { path: '/office-finance/collections' },
    })
    expect(navFlags(config)).toEqual(['/existing#Link', 'ENABLE_COLLECTIONS_OS', 'ENABLE_BULK_OPS'])
  })

  it('should add no route and no link for a disabled feature, keeping what was there', async () => {
    const config = await apply({ ...FLAG_DEFAULTS, ENABLE_BULK_OPS: false, ENABLE_COLLECTIONS_OS: true })
    expect(Object.keys(config.admin?.components?.views ?? {})).toEqual(['collectionsQueue'])
    expect(navFlags(config)).toEqual(['/existing#Link', 'ENABLE_COLLECTIONS_OS'])
  })

  it('should leave the schema alone whatever the flags', async () => {
    const on = await apply({ ...FLAG_DEFAULTS, ENABLE_BULK_OPS: true, ENABLE_COLLECTIONS_OS: true })
    const off = await apply({ ...FLAG_DEFAULTS, ENABLE_BULK_OPS: false, ENABLE_COLLECTIONS_OS: false })
    expect(off.collections).toEqual(on.collections)
  })
})
