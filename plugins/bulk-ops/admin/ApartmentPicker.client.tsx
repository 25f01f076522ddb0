'use client'

import { useEffect, useState } from 'react'

import { FormField } from '../../../src/lib/admin/FormField.client'
import type { BuildingOption } from './wizardOptions'

type Props = {
  apartmentsUrl: string
  buildingIds: number[]
  buildings: BuildingOption[]
  error?: string
  onChange: (ids: number[]) => void
  selected: number[]
}

type Apartment = { id: number; building: number; label: string }

/**
 * Optionally narrows a job to some apartments of the chosen buildings. The apartments are read
 * through Payload's REST API with the user's session when the buildings change, so only the
 * apartments the user may see are offered.
 */
export const ApartmentPicker = ({
  apartmentsUrl,
  buildingIds,
  buildings,
  error,
  onChange,
  selected,
}: Props) => {
  const [apartments, setApartments] = useState<Apartment[]>([])
  const [isLoading, setIsLoading] = useState(false)
  const key = buildingIds.join(',')

  useEffect(() => {
    if (!key) {
      setApartments([])
      return
    }
    const controller = new AbortController()
    const query = new URLSearchParams({
      depth: '0',
      limit: '2000',
      'select[building]': 'true',
      'select[label]': 'true',
      sort: 'label',
      'where[building][in]': key,
    })
    setIsLoading(true)
    fetch(`${apartmentsUrl}?${query}`, { credentials: 'include', signal: controller.signal })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((body: { docs?: Apartment[] }) => setApartments(body.docs ?? []))
      .catch(() => undefined)
      .finally(() => setIsLoading(false))
    return () => controller.abort()
  }, [apartmentsUrl, key])

  if (!key) return null
  const names = new Map(buildings.map((building) => [building.id, building.name]))
  const labelOf = (apartment: Apartment) =>
    buildingIds.length > 1
      ? `${names.get(apartment.building) ?? ''} · ${apartment.label}`
      : apartment.label
  return (
    <FormField
      error={error}
      hint={
        isLoading
          ? 'Loading apartments…'
          : 'Optional: leave empty for every apartment of the buildings. Ctrl/⌘-click to pick several.'
      }
      label="Apartments"
      name="apartments"
    >
      <select
        multiple
        onChange={(event) =>
          onChange(Array.from(event.target.selectedOptions, (option) => Number(option.value)))
        }
        size={Math.min(8, Math.max(3, apartments.length))}
        value={selected.map(String)}
      >
        {apartments.map((apartment) => (
          <option key={apartment.id} value={apartment.id}>
            {labelOf(apartment)}
          </option>
        ))}
      </select>
    </FormField>
  )
}
