import type { PayloadRequest } from 'payload'

/** What the sign-in limits learned about an attempt, for the event if Payload then refuses it. */
export type SignInAttempt = { accountKey: string; address: null | string }

const KEY = 'securitySignInAttempt'

/** Marks `req` as a sign-in that passed its limits (`limitSignIns`), so a failure can be recorded. */
export const markSignInAttempt = (req: PayloadRequest, attempt: SignInAttempt): void => {
  req.context[KEY] = attempt
}

/** The sign-in attempt `req` carries, if it is one. */
export const signInAttemptOf = (
  context: PayloadRequest['context'] | undefined,
): SignInAttempt | null => {
  const value = context?.[KEY] as SignInAttempt | undefined
  return value && typeof value.accountKey === 'string' ? value : null
}
