/**
 * Which rate-limit refusals become security events: the first per policy and key in each
 * window, per process. A flood that the limit refuses would otherwise cost one INSERT per
 * refused request, the very load the limit exists to shed; the metric
 * `rate_limited_requests_total` still counts every refusal. With several app instances (or
 * Next.js route bundles) a window may record one row per process, which is still bounded.
 */
export type FirstRefusals = {
  /** True the first time `key` is refused while its window (`msBeforeNext` from `now`) lasts. */
  isFirst: (key: string, msBeforeNext: number, now?: number) => boolean
}

/** Keys remembered at most; past it the ended windows go, and if all are live, everything. */
const MAX_KEYS = 10_000

export const firstRefusals = (maxKeys = MAX_KEYS): FirstRefusals => {
  const until = new Map<string, number>()
  return {
    isFirst: (key, msBeforeNext, now = Date.now()) => {
      const end = until.get(key)
      if (end !== undefined && end > now) return false
      if (until.size >= maxKeys) {
        for (const [known, knownEnd] of until) if (knownEnd <= now) until.delete(known)
        if (until.size >= maxKeys) until.clear()
      }
      until.set(key, now + Math.max(1_000, msBeforeNext))
      return true
    },
  }
}
