import type { Payload } from 'payload'

import { scopeOf } from '../../../access/scopeOf'
import type { ScopedUser } from '../../../access/scopeOf'
import { maySeeSecurityView } from './securityViewScope'

type Props = { href: string; label: string; payload: Payload; user?: ScopedUser }

/** The sidebar link to the Security view, for platform and office admins only. */
export const SecurityNavLink = ({ href, label, payload, user }: Props) => {
  if (!maySeeSecurityView(scopeOf(user))) return null
  return (
    <a className="nav__link" data-security-view="" href={`${payload.config.routes.admin}${href}`}>
      <span className="nav__link-label">{label}</span>
    </a>
  )
}
