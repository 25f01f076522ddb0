import { FLAG_DEFAULTS } from '../flags/flagNames'
import { officesWithFeature } from './officesWithFeature'

const offices = [
  { featureFlags: { bulkOps: 'off' as const, collectionsOs: 'inherit' as const }, id: 1 },
  { featureFlags: { collectionsOs: 'off' as const }, id: 2 },
  { featureFlags: { collectionsOs: 'on' as const }, id: 3 },
  { featureFlags: null, id: 4 },
]

describe('officesWithFeature', () => {
  it('should keep the offices that inherit an enabled feature or force it on, and drop those that opted out', () => {
    expect(
      officesWithFeature({
        flag: 'ENABLE_COLLECTIONS_OS',
        flags: { ...FLAG_DEFAULTS, ENABLE_COLLECTIONS_OS: true },
        offices,
      }),
    ).toEqual([1, 3, 4])
  })

  it('should keep only pilot offices when the environment has the feature off', () => {
    expect(
      officesWithFeature({
        flag: 'ENABLE_COLLECTIONS_OS',
        flags: { ...FLAG_DEFAULTS, ENABLE_COLLECTIONS_OS: false },
        offices,
      }),
    ).toEqual([3])
  })

  it("should read the named flag's own override", () => {
    expect(
      officesWithFeature({
        flag: 'ENABLE_BULK_OPS',
        flags: { ...FLAG_DEFAULTS, ENABLE_BULK_OPS: true },
        offices,
      }),
    ).toEqual([2, 3, 4])
  })
})
