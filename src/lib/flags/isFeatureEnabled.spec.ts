import { FLAG_DEFAULTS, FLAG_NAMES, overrideFieldName } from './flagNames'
import { isFeatureEnabled } from './isFeatureEnabled'

const flags = { ...FLAG_DEFAULTS, ENABLE_BULK_OPS: false, ENABLE_COLLECTIONS_OS: true }

describe('isFeatureEnabled', () => {
  it('should follow the environment when the office inherits', () => {
    expect(
      isFeatureEnabled({
        flag: 'ENABLE_BULK_OPS',
        flags,
        office: { featureFlags: { bulkOps: 'inherit' } },
      }),
    ).toBe(false)
    expect(isFeatureEnabled({ flag: 'ENABLE_COLLECTIONS_OS', flags, office: null })).toBe(true)
  })

  it('should let a pilot office turn on a feature that is off for everyone else', () => {
    expect(
      isFeatureEnabled({
        flag: 'ENABLE_BULK_OPS',
        flags,
        office: { featureFlags: { bulkOps: 'on' } },
      }),
    ).toBe(true)
  })

  it('should let an office opt out of a feature that is on', () => {
    expect(
      isFeatureEnabled({
        flag: 'ENABLE_COLLECTIONS_OS',
        flags,
        office: { featureFlags: { collectionsOs: 'off' } },
      }),
    ).toBe(false)
  })

  it('should give every flag a distinct override field', () => {
    const names = FLAG_NAMES.map(overrideFieldName)
    expect(new Set(names).size).toBe(FLAG_NAMES.length)
    expect(overrideFieldName('ENABLE_HTTPONLY_AUTH')).toBe('httponlyAuth')
  })
})
