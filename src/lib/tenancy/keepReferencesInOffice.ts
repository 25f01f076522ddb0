import { ValidationError } from 'payload'
import type { CollectionBeforeChangeHook } from 'payload'

import { idOf, idsOf } from '../../access/scopeOf'
import type { Relation } from '../../access/scopeOf'
import type { Reference } from './referencesOf'
import { referencesOf } from './referencesOf'

type Row = Record<string, unknown>

/** Where a collection's rows say which offices they belong to. */
export type Membership = 'tenant' | 'tenants'

const officesOf = (row: Row, membership: Membership): number[] | null => {
  if (membership === 'tenants') {
    return idsOf(((row.tenants as { tenant?: Relation }[] | null) ?? []).map((r) => r.tenant))
  }
  const office = idOf(row.tenant as Relation)
  return office === null ? null : [office]
}

/**
 * A row of one office never points at another office's row, whoever writes it (an office admin
 * putting another office's building on a user, an expense with another office's category, a
 * system task): every relationship into a tenant-scoped collection is checked against the row's
 * own office (`tenant`) or offices (a user's `tenants`). A changed office re-checks everything
 * the row points at. Refusals are a 400 on the field, worded as "not found": another office's
 * ids are not confirmed to exist. Ids that exist nowhere are left to Payload's own validation.
 */
export const keepReferencesInOffice = ({
  membership,
  targets,
}: {
  membership: Membership
  targets: ReadonlySet<string>
}): CollectionBeforeChangeHook => {
  const guard: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
    const merged: Row = { ...originalDoc, ...data }
    const offices = officesOf(merged, membership)
    // No office yet: the required `tenant` field answers that, not this.
    if (offices === null) return data
    const movesOffice = membership in data
    const references = referencesOf({
      data: movesOffice ? merged : data,
      fields: collection.fields,
      targets,
    })
    if (references.length === 0) return data

    const foreign = await foreignReferences({ offices, references, req })
    if (foreign.length > 0) {
      const paths = [...new Set(foreign.map((reference) => reference.path))]
      throw new ValidationError({
        collection: collection.slug,
        errors: paths.map((path) => ({ message: 'Not found in this office', path })),
      })
    }
    return data
  }
  guards.add(guard)
  return guard
}

const guards = new WeakSet<object>()

/** Whether a collection hook is this guard: the isolation suite checks every collection carries it. */
export const isReferenceGuard = (hook: unknown): boolean =>
  typeof hook === 'function' && guards.has(hook)

const foreignReferences = async ({
  offices,
  references,
  req,
}: {
  offices: number[]
  references: Reference[]
  req: Parameters<CollectionBeforeChangeHook>[0]['req']
}): Promise<Reference[]> => {
  const bySlug = new Map<string, Reference[]>()
  for (const reference of references) {
    bySlug.set(reference.relationTo, [...(bySlug.get(reference.relationTo) ?? []), reference])
  }
  const foreign: Reference[] = []
  for (const [slug, pointing] of bySlug) {
    const ids = [...new Set(pointing.map((reference) => reference.id))]
    const { docs } = await req.payload.find({
      collection: slug as 'buildings',
      depth: 0,
      limit: ids.length,
      overrideAccess: true,
      pagination: false,
      req,
      select: { tenant: true },
      where: { id: { in: ids } },
    })
    const officeOf = new Map(docs.map((doc) => [doc.id, idOf(doc.tenant as Relation)]))
    for (const reference of pointing) {
      if (!officeOf.has(reference.id)) continue
      const office = officeOf.get(reference.id)
      if (office === null || office === undefined || !offices.includes(office)) {
        foreign.push(reference)
      }
    }
  }
  return foreign
}
