import type { AppEnv } from '../env'
import { publicBaseUrl } from './publicBaseUrl'

/**
 * Which browser origins the API trusts. `csrf`: the origins whose requests may use the session
 * cookie (Payload's allowlist: a cookie sent with any other `Origin`, or cross-site without one,
 * is ignored, so the request is anonymous). `cors`: the origins a browser may call the API from
 * (`TRUSTED_ORIGINS` only; the app's own pages are same-origin). The app's own origin is always
 * trusted for the cookie, so the list is never empty: an empty list would make Payload accept the
 * cookie from every origin.
 */
export const trustedOriginsOf = (
  env: Pick<AppEnv, 'serverUrl' | 'trustedOrigins'>,
): { cors: string[]; csrf: string[] } => {
  const own = new URL(publicBaseUrl(env)).origin
  return {
    cors: [...env.trustedOrigins],
    csrf: [...new Set([own, ...env.trustedOrigins])],
  }
}
