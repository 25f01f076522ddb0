import type { PayloadRequest } from 'payload'

/** What Payload answers for a path it has no route for: a feature that is off looks the same. */
export const routeNotFound = (req: PayloadRequest): Response =>
  Response.json(
    { message: `Route not found "${new URL(req.url ?? 'http://localhost/').pathname}"` },
    { status: 404 },
  )
