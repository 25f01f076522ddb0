/** Every feature flag of the product. Plugins and the admin read them through `isFeatureEnabled`. */
export const FLAG_NAMES = [
  'ENABLE_COLLECTIONS_OS',
  'ENABLE_BULK_OPS',
  'ENABLE_VOTE_AUTOMATION',
  'ENABLE_VENDOR_PORTAL',
  'ENABLE_HTTPONLY_AUTH',
  'ENABLE_SLO_METRICS',
  'ENABLE_SCHEDULER',
] as const

export type FlagName = (typeof FLAG_NAMES)[number]

export type Flags = Record<FlagName, boolean>

/**
 * Defaults when the environment says nothing. Feature plugins are on so a newcomer sees the
 * whole product; the auth migration is off because it rolls out office by office.
 */
export const FLAG_DEFAULTS: Flags = {
  ENABLE_BULK_OPS: true,
  ENABLE_COLLECTIONS_OS: true,
  ENABLE_HTTPONLY_AUTH: false,
  ENABLE_SCHEDULER: true,
  ENABLE_SLO_METRICS: true,
  ENABLE_VENDOR_PORTAL: true,
  ENABLE_VOTE_AUTOMATION: true,
}

/** The value an office stores per flag: follow the environment, or force it for a pilot. */
export const FLAG_OVERRIDES = ['inherit', 'on', 'off'] as const

export type FlagOverride = (typeof FLAG_OVERRIDES)[number]

/** Offices store overrides under these field names (Postgres column names stay short and stable). */
export const overrideFieldName = (flag: FlagName): string =>
  flag
    .replace(/^ENABLE_/, '')
    .toLowerCase()
    .replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())
