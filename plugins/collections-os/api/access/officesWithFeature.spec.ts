import { FLAG_DEFAULTS } from '../../../../src/lib/flags/flagNames'
import { officesWithFeature } from './officesWithFeature'

const offices = [
  { featureFlags: { collectionsOs: 'inherit' as const }, id: 1 },
  { featureFlags: { collectionsOs: 'off' as const }, id: 2 },
  { featureFlags: { collectionsOs: 'on' as const }, id: 3 },
  { featureFlags: null, id: 4 },
]

describe('officesWithFeature', () => {
  it('should keep the offices that inherit an enabled feature or force it on, and drop those that opted out', () => {
    expect(officesWithFeature({ flags: { ...FLAG_DEFAULTS, ENABLE_COLLECTIONS_OS: true }, offices })).toEqual([1, 3, 4])
  })

  it('should keep only pilot offices when the environment has the feature off', () => {
    expect(officesWithFeature({ flags: { ...FLAG_DEFAULTS, ENABLE_COLLECTIONS_OS: false }, offices })).toEqual([3])
  })
})
