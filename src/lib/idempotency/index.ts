export { cleanupIdempotencyKeys } from './cleanupIdempotencyKeys'
export {
  CLEANUP_IDEMPOTENCY_KEYS_TASK,
  cleanupIdempotencyKeysSchedule,
  cleanupIdempotencyKeysTask,
} from './cleanupIdempotencyKeysTask'
export { IDEMPOTENCY_HEADER, REPLAYED_HEADER } from './constants'
export { type IdempotencyOptions, withIdempotency } from './withIdempotency'
