import type { Config } from 'payload'

type ComponentRef = { path: string; serverProps: Record<string, unknown> }

/**
 * Adds an admin view and its sidebar link to the config, keeping what is there already: the one
 * place views are registered, for feature views (`addFeatureView`) and core ones alike. The link
 * and the view decide per request whom they show to.
 */
export const addAdminView = (
  config: Config,
  {
    Component,
    key,
    navLink,
    path,
  }: { Component: ComponentRef; key: string; navLink: ComponentRef; path: `/${string}` },
): Config => {
  const admin = config.admin ?? {}
  const components = admin.components ?? {}
  return {
    ...config,
    admin: {
      ...admin,
      components: {
        ...components,
        afterNavLinks: [...(components.afterNavLinks ?? []), navLink],
        views: { ...components.views, [key]: { Component, path } },
      },
    },
  }
}
