/**
 * The queue every task's jobs move to after their last failed attempt. Nothing works it, so dead
 * letters stay visible (`listDeadLetters`) until replayed or, after about twice the job retention
 * (28 days by default), archived by pg-boss.
 */
export const DEAD_LETTER_QUEUE = 'dead-letter'

/** pg-boss's own queues start with this; tasks may not. */
export const RESERVED_QUEUE_PREFIX = '__pgboss__'
