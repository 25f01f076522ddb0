'use client'

import type { BuildingOption } from './wizardOptions'

type Props = {
  buildings: BuildingOption[]
  error?: string
  onChange: (ids: number[]) => void
  selected: number[]
}

/** The buildings a job covers, as checkboxes: only the user's own buildings are offered. */
export const BuildingPicker = ({ buildings, error, onChange, selected }: Props) => {
  const toggle = (id: number, isChecked: boolean) =>
    onChange(isChecked ? [...selected, id] : selected.filter((known) => known !== id))
  const isAll =
    buildings.length > 0 && buildings.every((building) => selected.includes(building.id))
  return (
    <fieldset
      className={`bulk-center__field bulk-center__buildings${error ? ' bulk-center__field--error' : ''}`}
      data-field="buildings"
    >
      <legend className="field-label">Buildings</legend>
      {buildings.length === 0 ? (
        <p className="bulk-center__hint">You have no buildings to run a job on.</p>
      ) : (
        <>
          <label className="bulk-center__checkbox">
            <input
              checked={isAll}
              onChange={(event) =>
                onChange(event.target.checked ? buildings.map((building) => building.id) : [])
              }
              type="checkbox"
            />
            <span>All my buildings</span>
          </label>
          <div className="bulk-center__choices">
            {buildings.map((building) => (
              <label className="bulk-center__checkbox" key={building.id}>
                <input
                  checked={selected.includes(building.id)}
                  data-building-id={building.id}
                  onChange={(event) => toggle(building.id, event.target.checked)}
                  type="checkbox"
                />
                <span>{building.name}</span>
              </label>
            ))}
          </div>
        </>
      )}
      {error && (
        <p className="bulk-center__field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  )
}
