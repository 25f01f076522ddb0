import { FLAG_DEFAULTS } from './flagNames'
import { featureEnabledForUser } from './featureEnabledForUser'

const flags = { ...FLAG_DEFAULTS, ENABLE_BULK_OPS: false }

describe('featureEnabledForUser', () => {
  it('should show a platform admin what the environment enables', () => {
    expect(
      featureEnabledForUser({ flag: 'ENABLE_BULK_OPS', flags, isPlatformAdmin: true, offices: [] }),
    ).toBe(false)
    expect(
      featureEnabledForUser({
        flag: 'ENABLE_COLLECTIONS_OS',
        flags,
        isPlatformAdmin: true,
        offices: [],
      }),
    ).toBe(true)
  })

  it('should show office staff a feature that is off globally when their pilot office has it on', () => {
    const offices = [
      { featureFlags: { bulkOps: 'inherit' as const } },
      { featureFlags: { bulkOps: 'on' as const } },
    ]
    expect(
      featureEnabledForUser({ flag: 'ENABLE_BULK_OPS', flags, isPlatformAdmin: false, offices }),
    ).toBe(true)
  })

  it('should hide a feature from staff whose only office opted out', () => {
    const offices = [{ featureFlags: { collectionsOs: 'off' as const } }]
    expect(
      featureEnabledForUser({
        flag: 'ENABLE_COLLECTIONS_OS',
        flags,
        isPlatformAdmin: false,
        offices,
      }),
    ).toBe(false)
  })

  it('should hide every feature from a user without offices', () => {
    expect(
      featureEnabledForUser({
        flag: 'ENABLE_COLLECTIONS_OS',
        flags,
        isPlatformAdmin: false,
        offices: [],
      }),
    ).toBe(false)
  })
})
