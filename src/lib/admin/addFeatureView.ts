import type { Config } from 'payload'

import type { FlagName } from '../flags/flagNames'
import { addAdminView } from './addAdminView'

export type FeatureViewOptions = {
  /**
   * The view's component (an import-map path). It gets `flag`, `path`, `title` and `description`
   * as server props and must answer 404 itself when the flag is off for the user.
   */
  Component: string
  /** What the page says about the feature. */
  description: string
  flag: FlagName
  /** Unique key of the view in the admin config. */
  key: string
  label: string
  /** Path under the admin route, e.g. `/office-finance/collections`. */
  path: `/${string}`
}

/**
 * Adds a feature's admin view and its sidebar link to the config, keeping what is there already.
 * Both check the feature's flag per request (environment default + office override): a user
 * whose offices lack the feature sees no link and gets a 404 from the view.
 */
export const addFeatureView = (config: Config, options: FeatureViewOptions): Config =>
  addAdminView(config, {
    Component: {
      path: options.Component,
      serverProps: {
        description: options.description,
        flag: options.flag,
        path: options.path,
        title: options.label,
      },
    },
    key: options.key,
    navLink: {
      path: '/src/lib/admin/FeatureNavLink#FeatureNavLink',
      serverProps: { flag: options.flag, href: options.path, label: options.label },
    },
    path: options.path,
  })
