import type { PayloadRequest } from 'payload'

import type { ApiCaller } from '../../../src/lib/api/apiCaller'

/**
 * The buildings a requested scope touches inside the caller's enabled offices: the named buildings
 * and the buildings of the named apartments, looked up without the caller's access (a manager
 * cannot read an unassigned building, which is exactly what this must see). Ids of other offices,
 * or of nothing, are left out: the operation answers them as "not found".
 */
export const buildingsOfScope = async ({
  caller,
  req,
  scope,
}: {
  caller: ApiCaller
  req: PayloadRequest
  scope: { apartments?: number[]; buildings?: number[] } | undefined
}): Promise<number[]> => {
  const inOffices = { tenant: { in: caller.officeIds } }
  const buildings = scope?.buildings?.length
    ? (
        await req.payload.find({
          collection: 'buildings',
          depth: 0,
          overrideAccess: true,
          pagination: false,
          req,
          select: { tenant: true },
          where: { and: [{ id: { in: scope.buildings } }, inOffices] },
        })
      ).docs.map((doc) => doc.id)
    : []
  const apartments = scope?.apartments?.length
    ? (
        await req.payload.find({
          collection: 'apartments',
          depth: 0,
          overrideAccess: true,
          pagination: false,
          req,
          select: { building: true },
          where: { and: [{ id: { in: scope.apartments } }, inOffices] },
        })
      ).docs.map((doc) => (typeof doc.building === 'object' ? doc.building.id : doc.building))
    : []
  return [...new Set([...buildings, ...apartments])]
}
