import type { Payload, PayloadRequest } from 'payload'

/**
 * Ends a user's Payload sessions (the `sid`s their JWTs carry): one, or all of them. In `req`'s
 * transaction when given (a logout or a password change that holds the user's row already),
 * else on the pool, so it stands even when the request that found a replay then fails.
 */
export const endPayloadSessions = async ({
  payload,
  req,
  sid,
  userId,
}: {
  payload: Payload
  req?: PayloadRequest
  /** Only this session; all of them when absent. */
  sid?: string
  userId: number
}): Promise<void> => {
  const user = (await payload.db.findOne({
    collection: 'users',
    req,
    where: { id: { equals: userId } },
  })) as ({ sessions?: { id: string }[] | null } & Record<string, unknown>) | null
  if (!user?.sessions?.length) return
  const sessions = sid === undefined ? [] : user.sessions.filter((session) => session.id !== sid)
  if (sessions.length === user.sessions.length) return
  await payload.db.updateOne({
    collection: 'users',
    // The whole document, as Payload's own session code writes it: the adapter rewrites the
    // arrays it is given and a partial one would lose the user's offices.
    data: { ...user, sessions, updatedAt: null } as never,
    id: userId,
    req,
    returning: false,
  })
}
