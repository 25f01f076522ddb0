import { Forbidden, getFieldsToSign, jwtSign } from 'payload'
import type {
  CollectionAfterChangeHook,
  CollectionAfterLoginHook,
  CollectionAfterLogoutHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
  CollectionRefreshHook,
  PayloadRequest,
} from 'payload'

import { scopeOf } from '../../access/scopeOf'
import type { ScopedUser } from '../../access/scopeOf'
import { featureEnabledFor } from '../admin/featureEnabledFor'
import { readEnv } from '../env'
import { addResponseHeaders } from '../http/addResponseHeaders'
import { servedOverHttps } from '../http/publicBaseUrl'
import { requestAddress } from '../rateLimits/requestAddress'
import { recordSecurityEvents } from '../security/recordSecurityEvents'
import { endPayloadSessions } from './payloadSessions'
import { expiredRefreshCookie, refreshCookie, refreshTokenIn } from './refreshCookie'
import {
  revokeUserRefreshFamilies,
  rotateRefreshToken,
  startRefreshFamily,
} from './refreshSessions'
import { isRefreshTokenShape } from './refreshTokens'

/**
 * `ENABLE_HTTPONLY_AUTH` on `users`: a sign-in also starts a refresh family (its token in an
 * HttpOnly cookie scoped to the refresh path); Payload's `refresh-token`, which the admin calls
 * before the short access token ends, then rotates that token and refuses to renew without it;
 * a rotated token presented again ends the family and its Payload session. Logout, a password
 * change and "end all sessions" end every family and session of the user. With the flag off for
 * the user, Payload's own token path runs untouched (the phased rollout).
 */
const isOn = (req: PayloadRequest, user: unknown) =>
  featureEnabledFor({
    flag: 'ENABLE_HTTPONLY_AUTH',
    payload: req.payload,
    user: user as ScopedUser,
  })

const https = () => servedOverHttps(readEnv())

/** The `sid` claim of a JWT Payload has just signed (read, not verified: it is our own). */
const sessionIdOf = (token: string): unknown => {
  try {
    return (
      JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as {
        sid?: unknown
      }
    ).sid
  } catch {
    return undefined
  }
}

const setCookie = (req: PayloadRequest, cookie: string) =>
  addResponseHeaders(req, [['Set-Cookie', cookie]])

export const startRefreshSession: CollectionAfterLoginHook = async ({ req, token, user }) => {
  if (!(await isOn(req, user))) return
  const sid = sessionIdOf(token)
  if (typeof sid !== 'string') return // sessions are off: nothing to keep alive
  const family = await startRefreshFamily({ req, sid, userId: user.id })
  setCookie(
    req,
    refreshCookie({ expiresAt: family.expiresAt, https: https(), token: family.token }),
  )
}

const ROTATION = 'refreshRotation'
type Rotation = Extract<Awaited<ReturnType<typeof rotateRefreshToken>>, { ok: true }>

/**
 * Rotates the presented refresh token before Payload's refresh touches the user's row (so the
 * revocation of a replay, on its own connection, waits on no lock of this request and stands
 * when the request then fails). Without an access token Payload refuses anyway: nothing rotates.
 */
export const rotateBeforeRefresh: CollectionBeforeOperationHook<'users'> = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'refresh' || !req.user || !(await isOn(req, req.user))) return args
  const sid = (req.user as { _sid?: string })._sid
  const presented = refreshTokenIn(req.headers, https())
  if (!sid || !isRefreshTokenShape(presented)) return refuse(req)
  const outcome = await rotateRefreshToken({
    payload: req.payload,
    secret: req.payload.secret,
    token: presented,
  })
  if (!outcome.ok) {
    if (outcome.reason === 'reuse') {
      await endPayloadSessions({ payload: req.payload, sid: outcome.sid, userId: outcome.userId })
      await recordSecurityEvents({
        events: [
          {
            address: requestAddress(req.headers),
            kind: 'refresh-reuse',
            officeId: scopeOf(req.user as ScopedUser).officeIds[0] ?? null,
            userId: outcome.userId,
          },
        ],
        payload: req.payload,
      })
    }
    return refuse(req)
  }
  // Another session's cookie beside this access token: renew neither.
  if (outcome.userId !== req.user.id || outcome.sid !== sid) return refuse(req)
  req.context[ROTATION] = outcome
  return args
}

const refuse = (req: PayloadRequest): never => {
  setCookie(req, expiredRefreshCookie(https()))
  throw new Forbidden(req.t)
}

/** Issues the renewed access token with the rotated refresh cookie (after Payload extended the session). */
export const issueRotatedSession: CollectionRefreshHook = async ({ args, user }) => {
  const { req } = args
  const rotation = req.context[ROTATION] as Rotation | undefined
  if (!rotation) return // the flag is off for this user: Payload's own renewal
  const collectionConfig = args.collection.config
  const { exp, token } = await jwtSign({
    fieldsToSign: getFieldsToSign({
      collectionConfig,
      email: user.email,
      sid: rotation.sid,
      user: req.user!,
    }),
    secret: req.payload.secret,
    tokenExpiration: collectionConfig.auth.tokenExpiration,
  })
  setCookie(
    req,
    refreshCookie({ expiresAt: rotation.expiresAt, https: https(), token: rotation.token }),
  )
  return { exp, refreshedToken: token, setCookie: true, user }
}

/** Every family and Payload session of the user ends at logout, not only this browser's. */
export const endRefreshSessionsOnLogout: CollectionAfterLogoutHook = async ({ req }) => {
  const userId = req.user?.id
  setCookie(req, expiredRefreshCookie(https()))
  if (typeof userId !== 'number') return
  await revokeUserRefreshFamilies({ payload: req.payload, reason: 'logout', userId })
  await endPayloadSessions({ payload: req.payload, req, userId })
}

/** Marks a write that sets a new password, for the hook below (the hash is not in the document). */
export const notePasswordChange: CollectionBeforeChangeHook = ({ context, data, operation }) => {
  if (operation === 'update' && typeof data.password === 'string' && data.password !== '') {
    context.passwordChanged = true
  }
  return data
}

/**
 * A new password ends every refresh family of the user: old devices sign in again. (Payload
 * itself ends the user's other Payload sessions in the same update.)
 */
export const endSessionsOnPasswordChange: CollectionAfterChangeHook = async ({
  context,
  doc,
  req,
}) => {
  if (!context.passwordChanged) return doc
  await revokeUserRefreshFamilies({
    payload: req.payload,
    reason: 'password-change',
    userId: doc.id,
  })
  return doc
}
