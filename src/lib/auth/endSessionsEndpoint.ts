import type { Endpoint } from 'payload'

import { rowIdOfText } from '../db/rowId'
import { errorResponse } from '../http/errors'
import { endPayloadSessions } from './payloadSessions'
import { revokeUserRefreshFamilies } from './refreshSessions'

/**
 * `POST /api/users/:id/end-sessions`: "sign out everywhere" for a user: every refresh family and
 * every Payload session ends, so each device signs in again. For the user themselves and for the
 * admins who manage them (the users collection's own read access decides: anyone else gets the
 * same 404 as for a missing user).
 */
export const endSessionsEndpoint: Endpoint = {
  handler: async (req) => {
    if (!req.user) return errorResponse(401, 'Sign in first')
    const id = rowIdOfText(String(req.routeParams?.id ?? ''))
    if (id === null) return errorResponse(404, 'User not found')
    const { docs } = await req.payload.find({
      collection: 'users',
      depth: 0,
      limit: 1,
      overrideAccess: false,
      pagination: false,
      req,
      select: {},
      where: { id: { equals: id } },
    })
    if (!docs[0]) return errorResponse(404, 'User not found')
    const ended = await revokeUserRefreshFamilies({
      payload: req.payload,
      reason: 'end-all',
      userId: id,
    })
    await endPayloadSessions({ payload: req.payload, userId: id })
    return Response.json({ ended: { refreshTokens: ended }, message: 'Every session has ended' })
  },
  method: 'post',
  path: '/:id/end-sessions',
}
