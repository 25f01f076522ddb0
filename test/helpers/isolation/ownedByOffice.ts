import type { Where } from 'payload'

import type { World } from '../world'

/**
 * The rows of office B in a collection, to count: a refused duplicate or create adds none. Offices
 * by B's name (a duplicate copies it), users by membership, the rest by `tenant`.
 */
export const ownedByOfficeB = (slug: string, world: World): Where => {
  if (slug === 'offices') return { name: { equals: world.b.office.name } }
  if (slug === 'users') return { 'tenants.tenant': { equals: world.b.office.id } }
  return { tenant: { equals: world.b.office.id } }
}
