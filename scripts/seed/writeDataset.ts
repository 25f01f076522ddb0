import type { Payload } from 'payload'
import type pg from 'pg'

import type { Dataset, SeedApartment, SeedBuilding } from './generateDataset'
import { DEMO_PASSWORD } from './presets'
import { poolOf } from '../../src/lib/db/poolOf'

const BATCH_ROWS = 5_000

type Progress = (message: string) => void

/** One `INSERT ... SELECT FROM unnest(...)` per batch: a few statements for 20,000 rows, not 20,000. */
const insertBuildings = async (
  pool: pg.Pool,
  rows: SeedBuilding[],
  officeIds: number[],
): Promise<number[]> => {
  const result = await pool.query<{ id: number }>(
    `insert into buildings (tenant_id, name, address, city, postal_code)
     select * from unnest($1::int[], $2::varchar[], $3::varchar[], $4::varchar[], $5::varchar[])
     returning id`,
    [
      rows.map((row) => officeIds[row.officeIndex]),
      rows.map((row) => row.name),
      rows.map((row) => row.address),
      rows.map((row) => row.city),
      rows.map((row) => row.postalCode),
    ],
  )
  return result.rows.map((row) => row.id)
}

const insertApartments = async (
  pool: pg.Pool,
  rows: SeedApartment[],
  officeIds: number[],
  buildingIds: number[],
): Promise<number[]> => {
  const column = <T>(pick: (row: SeedApartment) => T) => rows.map(pick)
  const result = await pool.query<{ id: number }>(
    `insert into apartments (tenant_id, building_id, label, floor,
       owner_name, owner_email, owner_phone, owner_preferred_channel,
       occupant_name, occupant_email, occupant_phone, occupant_preferred_channel,
       shares_general, shares_elevator, shares_heating)
     select * from unnest($1::int[], $2::int[], $3::varchar[], $4::numeric[],
       $5::varchar[], $6::varchar[], $7::varchar[], $8::enum_apartments_owner_preferred_channel[],
       $9::varchar[], $10::varchar[], $11::varchar[], $12::enum_apartments_occupant_preferred_channel[],
       $13::numeric[], $14::numeric[], $15::numeric[])
     returning id`,
    [
      column((row) => officeIds[row.officeIndex]),
      column((row) => buildingIds[row.buildingIndex]),
      column((row) => row.label),
      column((row) => row.floor),
      column((row) => row.owner.name),
      column((row) => row.owner.email),
      column((row) => row.owner.phone),
      column((row) => row.owner.preferredChannel),
      column((row) => row.occupant.name),
      column((row) => row.occupant.email),
      column((row) => row.occupant.phone),
      column((row) => row.occupant.preferredChannel),
      column((row) => row.shares.general),
      column((row) => row.shares.elevator),
      column((row) => row.shares.heating),
    ],
  )
  return result.rows.map((row) => row.id)
}

/** Tenant-owned tables, dependents first, so a whole office can be removed without FK errors. */
const OFFICE_TABLES = [
  'bulk_job_errors',
  'bulk_job_items',
  'bulk_jobs',
  'bulk_exports',
  'bulk_templates',
  'dunning_events',
  'dunning_tasks',
  'dunning_runs',
  'dunning_policies',
  'promises_to_pay',
  'allocations',
  'apartment_balances',
  'payment_webhook_events',
  'unmatched_payments',
  'notifications',
  'deliveries',
  'payments',
  'charges',
  'expenses',
  'recurring_expenses',
  'expense_categories',
  'documents',
  'audit_events',
  'domain_events',
]

/**
 * Removes the offices with these slugs, every row they own and the preset's users, so a preset can be seeded
 * afresh. Audit events are append-only (a trigger refuses deletes); this dev tool lifts the
 * trigger for its own transaction only, as the table owner. Production never runs seeds.
 */
export const deleteOffices = async (
  payload: Payload,
  { emails, slugs }: { emails: string[]; slugs: string[] },
): Promise<void> => {
  const pool = poolOf(payload)
  const client = await pool.connect()
  try {
    await client.query('begin')
    const { rows } = await client.query<{ id: number }>(
      'select id from offices where slug = any($1)',
      [slugs],
    )
    const ids = rows.map((row) => row.id)
    await client.query('alter table audit_events disable trigger audit_events_append_only')
    for (const table of OFFICE_TABLES) {
      await client.query(`delete from ${table} where tenant_id = any($1)`, [ids])
    }
    await client.query('alter table audit_events enable trigger audit_events_append_only')
    await client.query(
      `delete from users where email = any($2) or id in (select _parent_id from users_tenants where tenant_id = any($1))`,
      [ids, emails],
    )
    await client.query('delete from apartments where tenant_id = any($1)', [ids])
    await client.query('delete from buildings where tenant_id = any($1)', [ids])
    await client.query('delete from offices where id = any($1)', [ids])
    await client.query('commit')
  } catch (err) {
    await client.query('rollback')
    throw err
  } finally {
    client.release()
  }
}

/**
 * Writes a generated data set. Offices and users go through the Local API (few rows; users need
 * Payload's password hashing); buildings and apartments through batched SQL.
 */
export const writeDataset = async ({
  dataset,
  payload,
  progress,
}: {
  dataset: Dataset
  payload: Payload
  progress: Progress
}): Promise<{ apartmentIds: number[]; buildingIds: number[]; officeIds: number[] }> => {
  const pool = poolOf(payload)
  const officeIds: number[] = []
  for (const office of dataset.offices) {
    const created = await payload.create({ collection: 'offices', data: office })
    officeIds.push(created.id)
  }
  progress(`offices ${officeIds.length}`)

  const buildingIds = await insertBuildings(pool, dataset.buildings, officeIds)
  progress(`buildings ${buildingIds.length}`)

  const apartmentIds: number[] = []
  for (let start = 0; start < dataset.apartments.length; start += BATCH_ROWS) {
    const batch = dataset.apartments.slice(start, start + BATCH_ROWS)
    apartmentIds.push(...(await insertApartments(pool, batch, officeIds, buildingIds)))
    progress(`apartments ${apartmentIds.length}/${dataset.apartments.length}`)
  }

  for (const user of dataset.users) {
    await payload.create({
      collection: 'users',
      data: {
        apartment:
          user.apartmentIndex === undefined ? undefined : apartmentIds[user.apartmentIndex],
        assignedBuildings: user.buildingIndexes?.map((index) => buildingIds[index]),
        email: user.email,
        name: user.name,
        password: DEMO_PASSWORD,
        role: user.role,
        tenants: user.officeIndexes.map((index) => ({ tenant: officeIds[index] })),
      },
    })
  }
  progress(`users ${dataset.users.length}`)
  return { apartmentIds, buildingIds, officeIds }
}
