/** Slugs of the Collections OS plugin, shared by code and tests. */
export const DUNNING_POLICIES = 'dunning-policies'
export const DUNNING_RUNS = 'dunning-runs'
export const DUNNING_EVENTS = 'dunning-events'
export const PROMISES_TO_PAY = 'promises-to-pay'
export const DUNNING_TASKS = 'dunning-tasks'

/** Who the audit trail names for what runs, sweeps and listeners of Collections OS do. */
export const DUNNING_ACTOR = 'system:dunning'

export const RUN_STATUSES = ['queued', 'running', 'completed', 'failed', 'dead-letter'] as const
export const PROMISE_STATUSES = ['active', 'kept', 'broken', 'cancelled'] as const
export const DUNNING_TASK_KINDS = ['follow-up', 'legal-notice'] as const
export const DUNNING_TASK_STATUSES = ['open', 'done', 'dismissed'] as const
