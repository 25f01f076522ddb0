import { ValidationError } from 'payload'
import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../../src/access/scopeOf'
import { dbFor, sql } from '../../src/lib/db/transaction'
import type { ShareCategory } from '../fields/shareFields'
import { buildingShareProblems } from './buildingShareProblems'

const isPerMilleOrUnset = (value: unknown) =>
  value === null ||
  value === undefined ||
  (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 1000)

/**
 * An apartment's shares never take its building past 1000 ‰ in any category (a building where
 * the general shares add up to 1100 would charge its owners 110 % of every expense). Checked on
 * every write that sets shares or moves the apartment, with the building's row locked in the
 * write's transaction, so two apartments saved at once cannot both take the last per mille.
 */
export const keepBuildingSharesWithin: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  if (data.shares === undefined && data.building === undefined) return data
  const buildingId = idOf(data.building ?? originalDoc?.building)
  if (buildingId === null) return data // the required-field validation answers that
  const shares = { ...originalDoc?.shares, ...data.shares }
  // A share that is no per-mille value is the field validation's to name, after this hook.
  if (!Object.values(shares).every(isPerMilleOrUnset)) return data
  const db = await dbFor(req)
  await db.execute(sql`select 1 from buildings where id = ${buildingId} for update`)
  const { rows } = await db.execute<Record<ShareCategory, string>>(sql`
    select coalesce(sum(shares_general), 0) as general,
           coalesce(sum(shares_elevator), 0) as elevator,
           coalesce(sum(shares_heating), 0) as heating
      from apartments
     where building_id = ${buildingId} and id <> ${originalDoc?.id ?? 0}`)
  const others = {
    elevator: Number(rows[0]?.elevator ?? 0),
    general: Number(rows[0]?.general ?? 0),
    heating: Number(rows[0]?.heating ?? 0),
  }
  const errors = buildingShareProblems({ others, shares })
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors, req })
  return data
}
