import { Apartments } from './Apartments'
import { Buildings } from './Buildings'
import { Offices } from './Offices'
import { Users } from './Users'

/** The core domain, in the order the admin sidebar shows them. */
export const coreCollections = [Offices, Buildings, Apartments, Users]

/** Core collections whose rows belong to one office (the multi-tenant plugin adds `tenant`). */
export const tenantScopedSlugs = ['buildings', 'apartments'] as const
