import type {
  CollectionAfterLoginHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
} from 'payload'

import { accountKeyOf } from '../security/accountKey'
import { markSignInAttempt } from '../security/signInAttempt'
import { requestAddress } from './requestAddress'
import type { LimitCheck } from './limiters'
import { consumeLimits, limiterFor, refundLimit, resetLimit } from './limiters'
import { RATE_LIMITS } from './policies'
import { refuseRateLimited } from './refuseRateLimited'

const addressOf = (req: PayloadRequest) => requestAddress(req.headers) ?? 'unknown'

const emailOf = (args: unknown): null | string => {
  const email = (args as { data?: { email?: unknown } }).data?.email
  return typeof email === 'string' && email.trim() !== '' ? email : null
}

const accountAddressChecks = (accountAddress: string): LimitCheck[] => [
  { key: accountAddress, name: 'login-account-address' },
  { key: accountAddress, name: 'login-account-address-hour' },
  { key: accountAddress, name: 'login-account-address-day' },
]

/**
 * Sign-in and password-reset attempts are counted before Payload checks anything, atomically,
 * so a burst of parallel guesses is counted as such (policies in `RATE_LIMITS`); a sign-in that
 * succeeds gives its points back (`clearSignInLimits`), so only failures add up. Payload's own
 * account lock (`maxLoginAttempts`) is off: it let anyone who knows an e-mail lock its owner out.
 */
export const limitSignIns: CollectionBeforeOperationHook<'users'> = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'login' && operation !== 'forgotPassword') return args
  const email = emailOf(args)
  if (!email) return args // Payload answers a missing e-mail with its own 400.
  const account = accountKeyOf(email)
  const address = addressOf(req)

  if (operation === 'forgotPassword') {
    const outcome = await consumeLimits(req.payload, [
      { key: account, name: 'forgot-password-account' },
      { key: address, name: 'forgot-password-address' },
    ])
    if (outcome.refused) await refuseRateLimited(req, outcome.refused, { accountKey: account })
    return args
  }

  const accountAddress = `${account}:${address}`
  const known = (await limiterFor(req.payload, 'login-known-address').get(accountAddress)) !== null
  const outcome = await consumeLimits(req.payload, [
    ...accountAddressChecks(accountAddress),
    { key: address, name: 'login-address' },
    // An address the owner signed in from before is not held back by guesses from elsewhere.
    ...(known ? [] : [{ key: account, name: 'login-account' as const }]),
  ])
  if (outcome.refused) await refuseRateLimited(req, outcome.refused, { accountKey: account })
  // Payload checks the password next; if it refuses, `recordSecurityErrors` records the failure.
  markSignInAttempt(req, {
    accountKey: account,
    address: requestAddress(req.headers),
  })
  return args
}

/** A successful sign-in: its account and address start afresh, and the address becomes known. */
export const clearSignInLimits: CollectionAfterLoginHook = async ({ req, user }) => {
  const email = (user as { email?: unknown }).email
  if (typeof email !== 'string') return
  const account = accountKeyOf(email)
  const address = addressOf(req)
  const accountAddress = `${account}:${address}`
  await Promise.all([
    ...accountAddressChecks(accountAddress).map((check) => resetLimit(req.payload, check)),
    refundLimit(req.payload, { key: address, name: 'login-address' }),
    refundLimit(req.payload, { key: account, name: 'login-account' }),
    limiterFor(req.payload, 'login-known-address').set(
      accountAddress,
      1,
      RATE_LIMITS['login-known-address'].seconds,
    ),
  ])
}
