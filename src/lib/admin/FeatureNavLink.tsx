import type { Payload } from 'payload'

import type { ScopedUser } from '../../access/scopeOf'
import type { FlagName } from '../flags/flagNames'
import { featureEnabledFor } from './featureEnabledFor'

type Props = {
  flag: FlagName
  href: string
  label: string
  payload: Payload
  user?: ScopedUser
}

/** A sidebar link to a feature's admin view, shown only where the feature is on for this user. */
export const FeatureNavLink = async ({ flag, href, label, payload, user }: Props) => {
  if (!(await featureEnabledFor({ flag, payload, user }))) return null
  const adminRoute = payload.config.routes.admin
  return (
    <a className="nav__link" data-feature-flag={flag} href={`${adminRoute}${href}`}>
      <span className="nav__link-label">{label}</span>
    </a>
  )
}
