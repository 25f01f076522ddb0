import type { World } from '../world'

/**
 * What the endpoint matrix needs to know that the config does not say: which collection a path id
 * names, what to send, where a list answer carries its ids. A custom endpoint with none of these
 * and no exemption fails the coverage check, naming it.
 */

/** The collection whose id an `:id` endpoint takes, by its path up to and including `:id`. */
export const ID_TARGETS: Record<string, string> = {
  '/collections/policies/:id': 'dunning-policies',
  '/collections/promises/:id': 'promises-to-pay',
  '/collections/runs/:id': 'dunning-runs',
  '/office-ops/bulk/jobs/:id': 'bulk-jobs',
  '/office-ops/bulk/templates/:id': 'bulk-templates',
  // Payload's own `/users/:id` routes are the collection matrix's; this names the custom ones below it.
  '/users/:id': 'users',
}

export const idTargetOf = (path: string): string | undefined => {
  const upToId = path.match(/^(.*?\/:id)(?:\/|$)/)?.[1]
  return upToId === undefined ? undefined : ID_TARGETS[upToId]
}

/**
 * Bodies for `:id` endpoints that take one: each must parse with the route's schema (checked by
 * the matrix), so a refusal comes from the id, not from the body.
 */
export const ID_PROBE_BODIES: Record<string, unknown> = {
  'PATCH /collections/policies/:id': { name: 'Taken over' },
  'PATCH /collections/promises/:id': { note: 'Taken over' },
  'PATCH /office-ops/bulk/templates/:id': { name: 'Taken over' },
  'POST /office-ops/bulk/jobs/:id/retry': {},
}

export type Rows = Map<string, number>

type ForeignQuery = {
  /** `refused`: 403/404; `noForeignIds`: any answer, but none of office B's ids in it. */
  expect: 'noForeignIds' | 'refused'
  query: (world: World, rows: Rows) => Record<string, number>
}

type ListProbe = {
  /** The collection whose ids the answer carries, and where (`undefined`: aggregates only). */
  ids?: { collection: string; of: (body: any) => number[] }
  /** Filters naming office B's rows; each is also sent by office B's admin, who must get a 200. */
  foreignQueries?: ForeignQuery[]
}

const docIds = (body: any): number[] => (body?.docs ?? []).map((doc: { id: number }) => doc.id)

const inBuildingOfB: ForeignQuery = {
  expect: 'refused',
  query: (world) => ({ building: world.b.buildings[0].id }),
}
const inOfficeB: ForeignQuery = {
  expect: 'refused',
  query: (world) => ({ office: world.b.office.id }),
}
const financialScope = [inOfficeB, inBuildingOfB]

/** Read endpoints without an id: office A's answer must hold none of office B's ids. */
export const LIST_PROBES: Record<string, ListProbe> = {
  'GET /collections/policies': {
    foreignQueries: [
      { expect: 'noForeignIds', query: (world) => ({ building: world.b.buildings[0].id }) },
    ],
    ids: { collection: 'dunning-policies', of: docIds },
  },
  'GET /collections/promises': {
    foreignQueries: [
      { expect: 'noForeignIds', query: (world) => ({ apartment: world.b.apartments[0].id }) },
    ],
    ids: { collection: 'promises-to-pay', of: docIds },
  },
  'GET /collections/runs': {
    foreignQueries: [
      { expect: 'noForeignIds', query: (_, rows) => ({ policy: rows.get('dunning-policies')! }) },
    ],
    ids: { collection: 'dunning-runs', of: docIds },
  },
  'GET /financial/dashboard/apartment_balances': {
    foreignQueries: financialScope,
    ids: {
      collection: 'apartments',
      of: (body) => (body?.docs ?? body?.rows ?? []).map((row: any) => row.apartment?.id),
    },
  },
  // Totals only: no row ids to look for, so the office and building parameters are the boundary.
  'GET /financial/dashboard/overview': { foreignQueries: financialScope },
  'GET /financial/dashboard/summary': { foreignQueries: financialScope },
  'GET /financial/debt-report': {
    foreignQueries: financialScope,
    ids: {
      collection: 'apartments',
      of: (body) => (body?.rows ?? []).map((row: any) => row.apartmentId),
    },
  },
  'GET /office-ops/bulk/jobs': { ids: { collection: 'bulk-jobs', of: docIds } },
  'GET /office-ops/bulk/templates': { ids: { collection: 'bulk-templates', of: docIds } },
  // The multi-tenant plugin's office picker.
  'GET /offices/populate-tenant-options': {
    ids: {
      collection: 'offices',
      of: (body) => (body?.tenantOptions ?? []).map((option: { value: number }) => option.value),
    },
  },
}

type CreateProbe = { bodies: (world: World, rows: Rows) => unknown[]; creates: string }

const step = {
  channel: 'email',
  template: { el: 'x', en: 'x' },
  threshold: { bucket: '0-30', type: 'bucket' },
}

/** Creates without an id whose body names office B or its rows: refused, nothing written. */
export const CREATE_PROBES: Record<string, CreateProbe> = {
  'POST /collections/policies': {
    bodies: (world) => [
      { name: 'Rogue', office: world.b.office.id, steps: [step] },
      { building: world.b.buildings[0].id, name: 'Rogue', steps: [step] },
    ],
    creates: 'dunning-policies',
  },
  'POST /collections/promises': {
    bodies: (world) => [
      { amount: 100, apartment: world.b.apartments[0].id, dueDate: '2026-03-01' },
    ],
    creates: 'promises-to-pay',
  },
  'POST /collections/runs/trigger': {
    bodies: (_, rows) => [{ dryRun: true, policy: rows.get('dunning-policies') }],
    creates: 'dunning-runs',
  },
  'POST /office-ops/bulk/jobs': {
    bodies: (world, rows) => [
      { action: 'export', scope: { buildings: [world.b.buildings[0].id] } },
      { template: rows.get('bulk-templates') },
    ],
    creates: 'bulk-jobs',
  },
  'POST /office-ops/bulk/templates': {
    bodies: (world) => [
      { action: 'export', name: 'Rogue', office: world.b.office.id },
      { action: 'export', name: 'Rogue', scope: { buildings: [world.b.buildings[0].id] } },
    ],
    creates: 'bulk-templates',
  },
}
