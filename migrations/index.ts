import * as migration_20261128_141502_initial from './20261128_141502_initial'
import * as migration_20261128_143530_notifications from './20261128_143530_notifications'
import * as migration_20261128_143643_ledger from './20261128_143643_ledger'
import * as migration_20261128_144114_ledger_webhook from './20261128_144114_ledger_webhook'
import * as migration_20261128_144206_audit_idempotency from './20261128_144206_audit_idempotency'
import * as migration_20261128_150000_ledger_read_indexes from './20261128_150000_ledger_read_indexes'
import * as migration_20261128_151500_open_items_by_apartment from './20261128_151500_open_items_by_apartment'
import * as migration_20261128_154259_collections_os from './20261128_154259_collections_os'
import * as migration_20261128_155105_dunning_scheduled_runs from './20261128_155105_dunning_scheduled_runs'
import * as migration_20261128_163926_dunning_tasks_and_actions from './20261128_163926_dunning_tasks_and_actions'
import * as migration_20261128_164000_system_charge_keys from './20261128_164000_system_charge_keys'
import * as migration_20261128_165119_bulk_ops from './20261128_165119_bulk_ops'
import * as migration_20261128_172000_audit_chain_heads from './20261128_172000_audit_chain_heads'
import * as migration_20261128_200935_dunning_run_requested_by from './20261128_200935_dunning_run_requested_by'
import * as migration_20261203_160000_domain_events from './20261203_160000_domain_events'
import * as migration_20261204_020000_rate_limits from './20261204_020000_rate_limits'
import * as migration_20261204_030000_public_links from './20261204_030000_public_links'
import * as migration_20261204_040000_refresh_sessions from './20261204_040000_refresh_sessions'
import * as migration_20261204_050000_security_events from './20261204_050000_security_events'

export const migrations = [
  {
    up: migration_20261128_141502_initial.up,
    down: migration_20261128_141502_initial.down,
    name: '20261128_141502_initial',
  },
  {
    up: migration_20261128_143530_notifications.up,
    down: migration_20261128_143530_notifications.down,
    name: '20261128_143530_notifications',
  },
  {
    up: migration_20261128_143643_ledger.up,
    down: migration_20261128_143643_ledger.down,
    name: '20261128_143643_ledger',
  },
  {
    up: migration_20261128_144114_ledger_webhook.up,
    down: migration_20261128_144114_ledger_webhook.down,
    name: '20261128_144114_ledger_webhook',
  },
  {
    up: migration_20261128_144206_audit_idempotency.up,
    down: migration_20261128_144206_audit_idempotency.down,
    name: '20261128_144206_audit_idempotency',
  },
  {
    up: migration_20261128_150000_ledger_read_indexes.up,
    down: migration_20261128_150000_ledger_read_indexes.down,
    name: '20261128_150000_ledger_read_indexes',
  },
  {
    up: migration_20261128_151500_open_items_by_apartment.up,
    down: migration_20261128_151500_open_items_by_apartment.down,
    name: '20261128_151500_open_items_by_apartment',
  },
  {
    up: migration_20261128_154259_collections_os.up,
    down: migration_20261128_154259_collections_os.down,
    name: '20261128_154259_collections_os',
  },
  {
    up: migration_20261128_155105_dunning_scheduled_runs.up,
    down: migration_20261128_155105_dunning_scheduled_runs.down,
    name: '20261128_155105_dunning_scheduled_runs',
  },
  {
    up: migration_20261128_163926_dunning_tasks_and_actions.up,
    down: migration_20261128_163926_dunning_tasks_and_actions.down,
    name: '20261128_163926_dunning_tasks_and_actions',
  },
  {
    up: migration_20261128_164000_system_charge_keys.up,
    down: migration_20261128_164000_system_charge_keys.down,
    name: '20261128_164000_system_charge_keys',
  },
  {
    up: migration_20261128_165119_bulk_ops.up,
    down: migration_20261128_165119_bulk_ops.down,
    name: '20261128_165119_bulk_ops',
  },
  {
    up: migration_20261128_172000_audit_chain_heads.up,
    down: migration_20261128_172000_audit_chain_heads.down,
    name: '20261128_172000_audit_chain_heads',
  },
  {
    up: migration_20261128_200935_dunning_run_requested_by.up,
    down: migration_20261128_200935_dunning_run_requested_by.down,
    name: '20261128_200935_dunning_run_requested_by',
  },
  {
    up: migration_20261203_160000_domain_events.up,
    down: migration_20261203_160000_domain_events.down,
    name: '20261203_160000_domain_events',
  },
  {
    up: migration_20261204_020000_rate_limits.up,
    down: migration_20261204_020000_rate_limits.down,
    name: '20261204_020000_rate_limits',
  },
  {
    up: migration_20261204_030000_public_links.up,
    down: migration_20261204_030000_public_links.down,
    name: '20261204_030000_public_links',
  },
  {
    up: migration_20261204_040000_refresh_sessions.up,
    down: migration_20261204_040000_refresh_sessions.down,
    name: '20261204_040000_refresh_sessions',
  },
  {
    up: migration_20261204_050000_security_events.up,
    down: migration_20261204_050000_security_events.down,
    name: '20261204_050000_security_events',
  },
]
