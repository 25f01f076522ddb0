import type { CollectionSlug, Payload } from 'payload'

import { api } from '../http'
import type { World } from '../world'

/**
 * Rows of office B that `buildWorld` does not make. Bulk jobs and templates come from the Bulk API
 * as office B's admin (rows its endpoints can answer for); the rest are written straight through
 * the adapter, since the matrix only needs them to exist in office B. A tenant-scoped collection
 * added later without a row here (or in the world) fails the matrix, naming it.
 */
const makeMissingRows = async (payload: Payload, world: World): Promise<void> => {
  const tenant = world.b.office.id
  const unique = `${tenant}-${Date.now()}`
  // A maker for a collection the config no longer has makes nothing: the matrix probes the config's.
  const raw = async (collection: string, data: Record<string, unknown>) =>
    payload.collections[collection as CollectionSlug]
      ? payload.db.create({ collection: collection as CollectionSlug, data: { tenant, ...data } })
      : { id: 0 }
  const asAdminB = async (path: string, body: unknown) => {
    const response = await api('POST', path, {
      body,
      headers: { 'idempotency-key': `isolation-${path}-${unique}` },
      token: world.actors.adminB.token,
    })
    if (response.status !== 201) {
      throw new Error(
        `POST /api/${path} as office B's admin: ${response.status} ${JSON.stringify(response.body)}`,
      )
    }
    return response.body as { id: number }
  }

  const job = await asAdminB('office-ops/bulk/jobs', {
    action: 'export',
    scope: { buildings: [world.b.buildings[0].id] },
  })
  await asAdminB('office-ops/bulk/templates', { action: 'export', name: `Probe ${unique}` })
  const item = await raw('bulk-job-items', { job: job.id, status: 'failed' })
  await raw('bulk-job-errors', {
    at: new Date().toISOString(),
    attempt: 1,
    code: 'probe',
    item: item.id,
    job: job.id,
    message: 'Probe',
  })
  // Files that exist only as rows: reading them answers 404 from the disk once access lets one in.
  await raw('bulk-exports', { filename: `probe-${unique}.csv`, mimeType: 'text/csv' })
  await raw('documents', { filename: `probe-${unique}.pdf`, mimeType: 'application/pdf' })
  await raw('deliveries', {
    attempts: 0,
    channel: 'email',
    idempotencyKey: `probe-${unique}`,
    recipient: 'probe@example.gr',
    status: 'queued',
  })
  await raw('notifications', {
    apartment: world.b.apartments[0].id,
    body: 'Probe',
    building: world.b.buildings[0].id,
    title: 'Probe',
  })
  await raw('payment-webhook-events', { eventId: `probe-${unique}`, outcome: 'matched' })
  // Written by raw SQL in production (Payload's hooks refuse every write): any kind will do.
  if (payload.collections['security-events' as CollectionSlug]) {
    await raw('security-events', { kind: firstOptionOf(payload, 'security-events', 'kind') })
  }
}

/** The first value a select field allows, read from the config. */
const firstOptionOf = (payload: Payload, slug: string, name: string): string => {
  const field = payload.collections[slug as CollectionSlug]?.config.flattenedFields.find(
    (candidate) => candidate.name === name,
  )
  const option = field?.type === 'select' ? field.options[0] : undefined
  if (option === undefined) throw new Error(`${slug}.${name} is no select field with options`)
  return typeof option === 'string' ? option : option.value
}

/**
 * One row of office B per collection of `slugs` (offices: B itself; users: B's admin). A slug
 * with no row is missing from the map; the matrix fails for it.
 */
export const rowsOfOfficeB = async (
  payload: Payload,
  world: World,
  slugs: readonly string[],
): Promise<Map<string, number>> => {
  await makeMissingRows(payload, world)
  const rows = new Map<string, number>([
    ['offices', world.b.office.id],
    ['users', world.actors.adminB.user.id],
  ])
  for (const slug of slugs) {
    if (rows.has(slug)) continue
    const row = await payload.db.findOne<{ id: number }>({
      collection: slug as CollectionSlug,
      where: { tenant: { equals: world.b.office.id } },
    })
    if (row) rows.set(slug, row.id)
  }
  return rows
}

export const missingRowMessage = (slug: string) =>
  `${slug} has no row of office B: make one in test/helpers/isolation/rowsOfOffice.ts (makeMissingRows)`
