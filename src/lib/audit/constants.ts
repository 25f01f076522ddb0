export const AUDIT_EVENTS_SLUG = 'audit-events'

/** The previous hash of each office's first event. */
export const GENESIS_HASH = '0'.repeat(64)

/** Name of the trigger that refuses UPDATE, DELETE and TRUNCATE on `audit_events` (see the migration). */
export const APPEND_ONLY_TRIGGER = 'audit_events_append_only'

/** Actor label of events written without a logged-in user (jobs, cron, migrations). */
export const SYSTEM_ACTOR = 'system'
