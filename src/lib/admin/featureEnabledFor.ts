import type { Payload } from 'payload'

import { isPlatformAdmin } from '../../access/isPlatformAdmin'
import { scopeOf } from '../../access/scopeOf'
import type { ScopedUser } from '../../access/scopeOf'
import { readEnv } from '../env'
import { featureEnabledForUser } from '../flags/featureEnabledForUser'
import type { FlagName } from '../flags/flagNames'

/** Loads the user's offices' overrides (one query) and decides whether `flag` is on for them. */
export const featureEnabledFor = async ({
  flag,
  payload,
  user,
}: {
  flag: FlagName
  payload: Payload
  user: ScopedUser | null | undefined
}): Promise<boolean> => {
  if (!user) return false
  const { officeIds } = scopeOf(user)
  const offices =
    officeIds.length === 0
      ? []
      : (
          await payload.find({
            collection: 'offices',
            depth: 0,
            limit: officeIds.length,
            pagination: false,
            select: { featureFlags: true },
            where: { id: { in: officeIds } },
          })
        ).docs
  return featureEnabledForUser({
    flag,
    flags: readEnv().flags,
    isPlatformAdmin: isPlatformAdmin(user),
    offices,
  })
}
