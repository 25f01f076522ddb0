import type { AfterErrorHook, PayloadRequest } from 'payload'

import { isPlatformAdmin } from '../../access/isPlatformAdmin'
import { scopeOf } from '../../access/scopeOf'
import type { ScopedUser } from '../../access/scopeOf'
import { requestAddress } from '../rateLimits/requestAddress'
import { crossOfficeEvent } from './crossOfficeEvent'
import { errorEventKind, officeOfCaller } from './errorEventRules'
import { graphqlCollectionFields } from './graphqlCollections'
import { graphqlRootField } from './graphqlRootField'
import { recordSecurityEvents } from './recordSecurityEvents'
import type { SecurityEventInput } from './securityEventRows'
import { routeOf } from './routeOf'
import { signInAttemptOf } from './signInAttempt'

type RootAfterErrorHook = (
  args: Omit<Parameters<AfterErrorHook>[0], 'collection'> & {
    collection?: Parameters<AfterErrorHook>[0]['collection']
  },
) => ReturnType<AfterErrorHook>

type HookArgs = Parameters<RootAfterErrorHook>[0]

const RECORDED = 'securityErrorRecorded'

const fieldsByConfig = new WeakMap<object, Map<string, string>>()

/** The collection slug and the id an error answered for: the REST path, or the GraphQL field. */
type Target = { id: unknown; place: Record<string, string>; slug: string | undefined }

const targetOf = ({ collection, graphqlResult, req }: HookArgs): Target => {
  if (!graphqlResult) {
    return {
      id: req.routeParams?.id,
      place: { route: routeOf(req.payload.config, req.method ?? 'GET', req.url) },
      slug: collection?.slug ?? (req.routeParams?.collection as string | undefined),
    }
  }
  const data = (req.data ?? {}) as Record<string, unknown>
  const field = graphqlRootField({
    operationName: data.operationName,
    query: data.query,
    responseKey: graphqlResult.path?.[0],
    variables: data.variables,
  })
  const config = req.payload.config
  let fields = fieldsByConfig.get(config)
  if (!fields) fieldsByConfig.set(config, (fields = graphqlCollectionFields(config.collections)))
  return {
    id: field?.id,
    place: { field: field?.name ?? 'unknown', route: '/api/graphql' },
    slug: field ? fields.get(field.name) : undefined,
  }
}

const eventOf = async (args: HookArgs): Promise<null | SecurityEventInput> => {
  const { error, graphqlResult, req } = args
  const status =
    graphqlResult?.extensions?.statusCode ??
    (error as { originalError?: { status?: unknown }; status?: unknown }).originalError?.status ??
    (error as { status?: unknown }).status
  const attempt = signInAttemptOf(req.context)
  const kind = errorEventKind({ isSignIn: attempt !== null, status })
  if (kind === null) return null
  const address = requestAddress(req.headers)
  if (kind === 'login-failed') {
    return {
      accountKey: attempt!.accountKey,
      address,
      detail: { reason: 'wrong-credentials' },
      kind,
    }
  }
  const user = req.user?.collection === 'users' ? (req.user as ScopedUser) : null
  const target = targetOf(args)
  // A 404, or a 403 to a write by id (Payload refuses a PATCH of a row outside the user's scope
  // with 403), for another office's existing row is a probe of that office.
  if (kind === 'maybe-cross-office' || target.id !== undefined) {
    const event = await crossOfficeEvent({
      detail: target.place,
      id: target.id,
      payload: req.payload,
      slug: target.slug,
      user,
    })
    if (event) return { ...event, address }
    if (kind === 'maybe-cross-office') return null
  }
  return {
    address,
    detail: target.slug ? { ...target.place, collection: target.slug } : target.place,
    kind,
    officeId: user
      ? officeOfCaller({
          cookie: req.headers.get('cookie'),
          isPlatformAdmin: isPlatformAdmin(user),
          officeIds: scopeOf(user).officeIds,
        })
      : null,
    userId: user ? Number(user.id) : null,
  }
}

const claimOnce = (req: PayloadRequest): boolean => {
  if (req.context[RECORDED]) return false
  req.context[RECORDED] = true
  return true
}

/**
 * The root `afterError` hook that turns error answers into security events: a refused sign-in
 * (`login-failed`), a 403 (`forbidden`), and a 404 (or a 403 by id) for another office's
 * existing id (`cross-office`), on REST and GraphQL. It changes no answer. At most one event per request (a
 * GraphQL request with twenty failing fields is one probe): GraphQL runs the hook for all its
 * errors at once, and the first to get this far claims the request, synchronously. An error
 * while recording is logged, never answered.
 */
export const recordSecurityErrors: RootAfterErrorHook = async (args) => {
  const { req } = args
  if (req.context[RECORDED]) return
  try {
    const event = await eventOf(args)
    if (event && claimOnce(req))
      await recordSecurityEvents({ events: [event], payload: req.payload })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: 'security event of an error not recorded' })
  }
}
