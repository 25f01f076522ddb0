export type SeedSizes = {
  /** Apartments in each building. */
  apartmentsPerBuilding: number
  /** Buildings of each office, one entry per office. */
  buildingsPerOffice: number[]
}

export type PresetName = 'demo' | 'large'

export const PRESETS: Record<PresetName, SeedSizes> = {
  /** Two offices, five buildings, 150 apartments, and one demo login per role. */
  demo: { apartmentsPerBuilding: 30, buildingsPerOffice: [3, 2] },
  /** One office, 200 buildings, 20,000 apartments: the benchmark data set. */
  large: { apartmentsPerBuilding: 100, buildingsPerOffice: [200] },
}

/** Every demo login uses this password (documented in the README). */
export const DEMO_PASSWORD = 'demo1234'
