import type { CollectionConfig, Endpoint } from 'payload'

import { errorResponse } from '../http/errors'

const notHere =
  (message: string): Endpoint['handler'] =>
  async () =>
    errorResponse(404, message)

/**
 * Payload mounts the endpoints of versions and e-mail verification on every collection and auth
 * collection; on one without the feature they fail on the missing configuration and answer 500.
 * These answer 404 in their place (a collection's own endpoints are matched before Payload's).
 */
export const absentFeatureEndpoints = (collection: CollectionConfig): Endpoint[] => {
  const endpoints: Endpoint[] = []
  if (!collection.versions) {
    const handler = notHere('This collection keeps no versions')
    endpoints.push(
      { handler, method: 'get', path: '/versions' },
      { handler, method: 'get', path: '/versions/:id' },
      { handler, method: 'post', path: '/versions/:id' },
    )
  }
  const auth = collection.auth
  if (auth && (auth === true || !auth.verify)) {
    endpoints.push({
      handler: notHere('This collection does not verify e-mail addresses'),
      method: 'post',
      path: '/verify/:id',
    })
  }
  return endpoints
}
