export { AUDIT_EVENTS_SLUG, APPEND_ONLY_TRIGGER, GENESIS_HASH, SYSTEM_ACTOR } from './constants'
export type { AuditChainResult, AuditEventInput, WrittenAuditEvent } from './types'
export { verifyAuditChain } from './verifyAuditChain'
export {
  type LockedChainHead,
  lockChainHead,
  writeAuditEvent,
  writeAuditEvents,
} from './writeAuditEvents'
