import { Apartments } from './Apartments'
import { AuditEvents } from './AuditEvents'
import { Buildings } from './Buildings'
import { Deliveries } from './Deliveries'
import { ledgerCollections, ledgerTenantScopedSlugs } from './ledger'
import { Notifications } from './Notifications'
import { Offices } from './Offices'
import { SecurityEvents } from './SecurityEvents'
import { Users } from './Users'

/** The core domain, in the order the admin sidebar shows them. */
export const coreCollections = [
  Offices,
  Buildings,
  Apartments,
  Users,
  ...ledgerCollections,
  Deliveries,
  Notifications,
  AuditEvents,
  SecurityEvents,
]

/** Core collections whose rows belong to one office (the multi-tenant plugin adds `tenant`). */
export const tenantScopedSlugs = [
  'buildings',
  'apartments',
  ...ledgerTenantScopedSlugs,
  'deliveries',
  'notifications',
  'audit-events',
  'security-events',
] as const
