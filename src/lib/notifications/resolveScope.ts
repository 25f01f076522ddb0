import { ValidationError } from 'payload'
import type { Payload } from 'payload'

import { DELIVERIES_SLUG } from './constants'
import { poolOf } from '../db/poolOf'
import type { NotificationMessage } from './types'

type Owner = { building_id: null | number; id: number; tenant_id: null | number }

const ownersOf = async (payload: Payload, table: 'apartments' | 'buildings', ids: number[]) => {
  if (ids.length === 0) return new Map<number, Owner>()
  const building = table === 'apartments' ? 'building_id' : 'id AS building_id'
  const { rows } = await poolOf(payload).query<Owner>(
    `select id, tenant_id, ${building} from ${table} where id = any($1::int[])`,
    [[...new Set(ids)]],
  )
  return new Map(rows.map((row) => [row.id, row]))
}

/**
 * Makes each message's apartment and building agree with its office, and fills the building
 * from the apartment so managers see the deliveries of their buildings. An apartment or building
 * of another office is "not found": a message can never land in another office's inbox.
 * Two queries per batch, whatever its size.
 */
export const resolveScope = async ({
  messages,
  payload,
}: {
  messages: NotificationMessage[]
  payload: Payload
}): Promise<NotificationMessage[]> => {
  const apartments = await ownersOf(
    payload,
    'apartments',
    messages.flatMap((m) => (m.apartment ? [m.apartment] : [])),
  )
  const buildings = await ownersOf(
    payload,
    'buildings',
    messages.flatMap((m) => (!m.apartment && m.building ? [m.building] : [])),
  )
  const errors: { message: string; path: string }[] = []

  const resolved = messages.map((message, index) => {
    const path = (field: string) => `messages.${index}.${field}`
    if (message.apartment) {
      const apartment = apartments.get(message.apartment)
      if (!apartment || apartment.tenant_id !== message.tenant) {
        errors.push({ message: 'Apartment not found', path: path('apartment') })
        return message
      }
      if (message.building && message.building !== apartment.building_id) {
        errors.push({ message: "Must be the apartment's building", path: path('building') })
      }
      return { ...message, building: apartment.building_id }
    }
    if (message.building) {
      const building = buildings.get(message.building)
      if (!building || building.tenant_id !== message.tenant) {
        errors.push({ message: 'Building not found', path: path('building') })
      }
    }
    return message
  })
  if (errors.length > 0) throw new ValidationError({ collection: DELIVERIES_SLUG, errors })
  return resolved
}
