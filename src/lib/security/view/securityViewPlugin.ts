import type { Plugin } from 'payload'

const PATH = '/security'
const TITLE = 'Security'

/**
 * The core Security view (`/admin/security`) and its sidebar link. Core, not a feature: no flag,
 * always installed; the link and the view decide per request who sees them (platform and office
 * admins; anyone else gets no link and the admin's 404).
 */
export const securityViewPlugin = (): Plugin => (config) => {
  const admin = config.admin ?? {}
  const components = admin.components ?? {}
  return {
    ...config,
    admin: {
      ...admin,
      components: {
        ...components,
        afterNavLinks: [
          ...(components.afterNavLinks ?? []),
          {
            path: '/src/lib/security/view/SecurityNavLink#SecurityNavLink',
            serverProps: { href: PATH, label: TITLE },
          },
        ],
        views: {
          ...components.views,
          security: {
            Component: {
              path: '/src/lib/security/view/SecurityView#SecurityView',
              serverProps: { path: PATH, title: TITLE },
            },
            path: PATH,
          },
        },
      },
    },
  }
}
