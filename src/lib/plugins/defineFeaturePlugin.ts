import type { CollectionConfig, Config, Endpoint, Plugin } from 'payload'

import { addDashboardWidgets } from '../admin/addDashboardWidgets'
import type { DashboardWidget } from '../admin/addDashboardWidgets'
import { addFeatureView } from '../admin/addFeatureView'
import type { FeatureViewOptions } from '../admin/addFeatureView'
import type { ListenerDefinition } from '../events/defineListener'
import { registerListeners } from '../events/registerListeners'
import type { FlagName } from '../flags/flagNames'
import type { TaskDefinition } from '../queue/defineTask'
import { registerTasks } from '../queue/registerTasks'
import type { ScheduleDefinition } from '../scheduler/defineSchedule'
import { registerSchedules } from '../scheduler/registerSchedules'
import { registerTenantScoped } from '../tenancy/registerTenantScoped'

/** Everything one feature adds to the app: the table of contents of its plugin. */
export type FeaturePluginDefinition = {
  /** The plugin's name, its folder under plugins/ (`collections-os`). */
  slug: string
  /** The flag that gates it per office: environment default, office override. */
  flag: FlagName
  /** Its collections. Every one belongs to an office (the tenancy plugin scopes them). */
  collections?: readonly CollectionConfig[]
  /** Its REST endpoints (each checks the flag per request: a feature that is off answers 404). */
  endpoints?: readonly Endpoint[]
  /** Its queue tasks. */
  tasks?: readonly TaskDefinition[]
  /** Its recurring work (each tick's task checks the flag per office). */
  schedules?: readonly ScheduleDefinition[]
  /** Its reactions to domain events; they run only for offices where the flag is on. */
  listeners?: readonly ListenerDefinition[]
  /** Its admin view and sidebar link (both gated by the flag per request). */
  view?: Omit<FeatureViewOptions, 'flag'>
  /** Its widgets before the admin dashboard's cards (each gated by the flag per request). */
  dashboardWidgets?: readonly DashboardWidget[]
}

/**
 * A feature plugin from its definition, one straight line per thing it adds, always in the same
 * order and never replacing what the config has. The plugin is always installed, so the schema,
 * migrations and routes never depend on a flag; the flag is checked per request and per office
 * (views, links, endpoints, listeners, widgets). Registering is order-checked: a feature plugin
 * must come before the tenancy, queue and scheduler plugins (`pluginOrder`), or the start fails.
 */
export const defineFeaturePlugin =
  (feature: FeaturePluginDefinition): Plugin =>
  (incoming) => {
    const installed = (incoming.custom?.featurePlugins as string[] | undefined) ?? []
    if (installed.includes(feature.slug)) throw new Error(`${feature.slug} is installed twice`)
    const collections = feature.collections ?? []
    let config: Config = {
      ...incoming,
      custom: { ...incoming.custom, featurePlugins: [...installed, feature.slug] },
      collections: [...(incoming.collections ?? []), ...collections],
      endpoints: [...(incoming.endpoints ?? []), ...(feature.endpoints ?? [])],
    }
    config = registerTenantScoped(
      config,
      collections.map((collection) => collection.slug),
    )
    config = registerTasks(config, feature.tasks ?? [])
    config = registerSchedules(config, feature.schedules ?? [])
    config = registerListeners(
      config,
      (feature.listeners ?? []).map((listener) => ({ ...listener, flag: feature.flag })),
    )
    if (feature.view) config = addFeatureView(config, { ...feature.view, flag: feature.flag })
    if (feature.dashboardWidgets) {
      config = addDashboardWidgets(config, {
        flag: feature.flag,
        widgets: feature.dashboardWidgets,
      })
    }
    return config
  }
