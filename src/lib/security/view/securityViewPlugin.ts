import type { Plugin } from 'payload'

import { addAdminView } from '../../admin/addAdminView'

const PATH = '/security'
const TITLE = 'Security'

/**
 * The core Security view (`/admin/security`) and its sidebar link. Core, not a feature: no flag,
 * always installed; the link and the view decide per request who sees them (platform and office
 * admins; anyone else gets no link and the admin's 404).
 */
export const securityViewPlugin = (): Plugin => (config) =>
  addAdminView(config, {
    Component: {
      path: '/src/lib/security/view/SecurityView#SecurityView',
      serverProps: { path: PATH, title: TITLE },
    },
    key: 'security',
    navLink: {
      path: '/src/lib/security/view/SecurityNavLink#SecurityNavLink',
      serverProps: { href: PATH, label: TITLE },
    },
    path: PATH,
  })
