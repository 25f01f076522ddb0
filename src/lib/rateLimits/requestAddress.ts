import { readEnv } from '../env'
import { clientAddressOf } from './clientAddress'

/** The client's address of a request, behind the configured proxies (`TRUST_PROXY_HOPS`). */
export const requestAddress = (headers: Headers): null | string =>
  clientAddressOf(headers, readEnv().rateLimits.trustedHops)
