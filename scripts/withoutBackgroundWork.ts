/**
 * One-shot commands (migrate, seed, verify) load the app's config, whose `onInit` would start the
 * queue's workers and the scheduler. A script has no business running jobs or ticking schedules:
 * this turns both off for the current process before the config is imported.
 */
export const withoutBackgroundWork = (): void => {
  process.env.QUEUE_WORKERS = 'false'
  process.env.ENABLE_SCHEDULER = 'false'
}
