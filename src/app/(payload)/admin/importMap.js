import { WatchTenantCollection as WatchTenantCollection_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { TenantField as TenantField_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { AssignTenantFieldTrigger as AssignTenantFieldTrigger_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { MoneyCell as MoneyCell_2a9dd748e749d7919506adf7603cfe02 } from '../../../../src/lib/admin/MoneyCell.client'
import { FeatureNavLink as FeatureNavLink_0f0190bf25e994b25a733ef11f23ad52 } from '../../../../src/lib/admin/FeatureNavLink'
import { BulkDashboardWidgets as BulkDashboardWidgets_ceb7a28611dadd19b82874aa8731920a } from '../../../../plugins/bulk-ops/admin/BulkDashboardWidgets'
import { TenantSelector as TenantSelector_d6d5f193a167989e2ee7d14202901e62 } from '@payloadcms/plugin-multi-tenant/rsc'
import { TenantSelectionProvider as TenantSelectionProvider_d6d5f193a167989e2ee7d14202901e62 } from '@payloadcms/plugin-multi-tenant/rsc'
import { CollectionsView as CollectionsView_299d99b0f9d584ee55299dfcfa8c1670 } from '../../../../plugins/collections-os/admin/CollectionsView'
import { BulkCenterView as BulkCenterView_b2048293c80deff094ab5f36346b7c62 } from '../../../../plugins/bulk-ops/admin/BulkCenterView'
import { SecurityNavLink as SecurityNavLink_1321c39286354b8509394d27e9b7e8b9 } from '../../../../src/lib/security/view/SecurityNavLink'
import { SecurityView as SecurityView_9d6350190ddf21bf5a5185f51a3976d7 } from '../../../../src/lib/security/view/SecurityView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/plugin-multi-tenant/client#WatchTenantCollection": WatchTenantCollection_1d0591e3cf4f332c83a86da13a0de59a,
  "@payloadcms/plugin-multi-tenant/client#TenantField": TenantField_1d0591e3cf4f332c83a86da13a0de59a,
  "@payloadcms/plugin-multi-tenant/client#AssignTenantFieldTrigger": AssignTenantFieldTrigger_1d0591e3cf4f332c83a86da13a0de59a,
  "/src/lib/admin/MoneyCell.client#MoneyCell": MoneyCell_2a9dd748e749d7919506adf7603cfe02,
  "/src/lib/admin/FeatureNavLink#FeatureNavLink": FeatureNavLink_0f0190bf25e994b25a733ef11f23ad52,
  "/plugins/bulk-ops/admin/BulkDashboardWidgets#BulkDashboardWidgets": BulkDashboardWidgets_ceb7a28611dadd19b82874aa8731920a,
  "@payloadcms/plugin-multi-tenant/rsc#TenantSelector": TenantSelector_d6d5f193a167989e2ee7d14202901e62,
  "@payloadcms/plugin-multi-tenant/rsc#TenantSelectionProvider": TenantSelectionProvider_d6d5f193a167989e2ee7d14202901e62,
  "/plugins/collections-os/admin/CollectionsView#CollectionsView": CollectionsView_299d99b0f9d584ee55299dfcfa8c1670,
  "/plugins/bulk-ops/admin/BulkCenterView#BulkCenterView": BulkCenterView_b2048293c80deff094ab5f36346b7c62,
  "/src/lib/security/view/SecurityNavLink#SecurityNavLink": SecurityNavLink_1321c39286354b8509394d27e9b7e8b9,
  "/src/lib/security/view/SecurityView#SecurityView": SecurityView_9d6350190ddf21bf5a5185f51a3976d7,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
