/** Options of `collectionsOsPlugin`. */
export type CollectionsOsPluginOptions = {
  /**
   * How often the promise sweep runs, in minutes (a divisor of 60). Promises are kept as soon as
   * the money arrives (the `payment.recorded` listener); the sweep is the backstop that marks
   * lapsed promises broken and catches anything a listener missed.
   * @default 15
   */
  promiseSweepMinutes?: number
  /**
   * How often scheduled runs are looked for, in minutes (a divisor of 60): a policy's cron is
   * honoured within this.
   * @default 5
   */
  scheduledRunsMinutes?: number
}

export type SanitizedCollectionsOsOptions = Required<CollectionsOsPluginOptions>

const DIVISORS_OF_AN_HOUR = [1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60]

const minutes = (name: keyof CollectionsOsPluginOptions, value: number): number => {
  if (!DIVISORS_OF_AN_HOUR.includes(value)) {
    throw new Error(
      `collectionsOsPlugin: ${name} must be one of ${DIVISORS_OF_AN_HOUR.join(', ')}, got ${value}`,
    )
  }
  return value
}

/** The options with their defaults, checked: a bad value stops the start with its name. */
export const sanitizeCollectionsOsOptions = (
  options: CollectionsOsPluginOptions,
): SanitizedCollectionsOsOptions => ({
  promiseSweepMinutes: minutes('promiseSweepMinutes', options.promiseSweepMinutes ?? 15),
  scheduledRunsMinutes: minutes('scheduledRunsMinutes', options.scheduledRunsMinutes ?? 5),
})
