import type { PayloadRequest } from 'payload'

import type { FieldError } from '../../../src/lib/validation/validationError'

type Scope = { apartments?: number[]; buildings?: number[] }

/**
 * Field errors for the buildings and apartments of a template's scope that are not in the
 * template's office as the caller sees it: "not found" on the id's path, whether the id is another
 * office's or nothing at all, as the ledger's own scope hooks answer. One query per list.
 */
export const templateScopeErrors = async ({
  officeId,
  req,
  scope,
}: {
  officeId: number
  req: PayloadRequest
  scope: Scope | undefined
}): Promise<FieldError[]> => {
  const missing = async (
    collection: 'apartments' | 'buildings',
    ids: number[] | undefined,
    label: string,
  ): Promise<FieldError[]> => {
    if (!ids?.length) return []
    const { docs } = await req.payload.find({
      collection,
      depth: 0,
      overrideAccess: false,
      pagination: false,
      req,
      select: { tenant: true },
      where: { and: [{ id: { in: ids } }, { tenant: { equals: officeId } }] },
    })
    const found = new Set(docs.map((doc) => doc.id))
    return ids.flatMap((id, index) =>
      found.has(id)
        ? []
        : [{ message: `${label} not found`, path: `scope.${collection}.${index}` }],
    )
  }
  return [
    ...(await missing('buildings', scope?.buildings, 'Building')),
    ...(await missing('apartments', scope?.apartments, 'Apartment')),
  ]
}
