import type { AppEnv } from '../env'

/** Where the app is served when `SERVER_URL` is not set: `npm run dev`'s address. */
const DEV_SERVER_URL = 'http://localhost:3000'

/** The app's public base URL: `SERVER_URL`, or the dev server's address. */
export const publicBaseUrl = (env: Pick<AppEnv, 'serverUrl'>): string =>
  env.serverUrl ?? DEV_SERVER_URL

/** Whether the app is served over https, so cookies are `Secure` and browsers get HSTS. */
export const servedOverHttps = (env: Pick<AppEnv, 'serverUrl'>): boolean =>
  publicBaseUrl(env).startsWith('https://')
