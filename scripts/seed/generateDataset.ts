import type { Role } from '../../src/access/roles'
import { largestRemainder } from '../../src/lib/money/largestRemainder'
import type { PresetName, SeedSizes } from './presets'
import { createRandom } from './random'
import type { Random } from './random'

export type SeedContact = {
  email: null | string
  name: string
  phone: null | string
  preferredChannel: 'email' | 'in-app' | 'letter' | 'sms'
}

export type SeedOffice = {
  currency: string
  /** Pilot overrides, e.g. an office that keeps a feature off while it is on for everyone else. */
  featureFlags?: { bulkOps?: 'inherit' | 'off' | 'on' }
  locale: 'el' | 'en'
  name: string
  slug: string
  timezone: string
}
export type SeedBuilding = {
  address: string
  city: string
  name: string
  officeIndex: number
  postalCode: string
}
export type SeedApartment = {
  buildingIndex: number
  floor: number
  label: string
  occupant: SeedContact
  officeIndex: number
  owner: SeedContact
  shares: { elevator: number; general: number; heating: number }
}
export type SeedUser = {
  apartmentIndex?: number
  buildingIndexes?: number[]
  email: string
  name: string
  officeIndexes: number[]
  role: Role
}

export type Dataset = {
  apartments: SeedApartment[]
  buildings: SeedBuilding[]
  offices: SeedOffice[]
  users: SeedUser[]
}

const OFFICE_NAMES: Record<
  PresetName,
  Pick<SeedOffice, 'featureFlags' | 'locale' | 'name' | 'slug'>[]
> = {
  demo: [
    { locale: 'el', name: 'Acropolis Property Management', slug: 'acropolis' },
    // Shows per-office rollout: this office keeps Bulk Ops off while the environment turns it on.
    {
      featureFlags: { bulkOps: 'off' },
      locale: 'en',
      name: 'Thermaikos Estates',
      slug: 'thermaikos',
    },
  ],
  large: [{ locale: 'el', name: 'Attica Large Portfolio', slug: 'attica-large' }],
}
const CITIES = [
  {
    city: 'Athens',
    postal: '10',
    streets: ['Ermou', 'Patision', 'Akadimias', 'Stadiou', 'Solonos', 'Kifisias'],
  },
  {
    city: 'Thessaloniki',
    postal: '54',
    streets: ['Egnatia', 'Tsimiski', 'Mitropoleos', 'Agias Sofias'],
  },
  {
    city: 'Piraeus',
    postal: '18',
    streets: ['Iroon Polytechniou', 'Grigoriou Lampraki', 'Karaiskou'],
  },
]
const FIRST_NAMES = [
  'Giorgos',
  'Maria',
  'Nikos',
  'Eleni',
  'Dimitris',
  'Katerina',
  'Kostas',
  'Sofia',
  'Yannis',
  'Anna',
]
const LAST_NAMES = [
  'Papadopoulos',
  'Georgiou',
  'Nikolaou',
  'Ioannou',
  'Vlachos',
  'Pappas',
  'Oikonomou',
  'Karalis',
]
const CHANNELS = ['email', 'email', 'email', 'email', 'sms', 'sms', 'letter', 'in-app'] as const

const contact = (random: Random, serial: number): SeedContact => {
  const first = random.pick(FIRST_NAMES)
  const last = random.pick(LAST_NAMES)
  // About one contact in twenty has no way to be reached: dunning must skip those with a reason.
  const reachable = random.next() >= 0.05
  return {
    email: reachable ? `${first}.${last}.${serial}@example.gr`.toLowerCase() : null,
    name: `${first} ${last}`,
    phone: reachable ? `+30 69${String(random.int(0, 99_999_999)).padStart(8, '0')}` : null,
    preferredChannel: random.pick(CHANNELS),
  }
}

const apartmentsOf = (
  random: Random,
  count: number,
  buildingIndex: number,
  officeIndex: number,
  serialStart: number,
) => {
  const perFloor = 4
  const units = Array.from({ length: count }, (_, index) => {
    const floor = Math.floor(index / perFloor)
    return {
      area: random.int(45, 140),
      floor,
      label: `${floor}${String.fromCharCode(65 + (index % perFloor))}`,
    }
  })
  // Shares per mille add up to exactly 1000 per building and category.
  const general = largestRemainder(
    1000,
    units.map((unit) => unit.area),
  )
  const heating = largestRemainder(
    1000,
    units.map((unit) => unit.area * (1 + unit.floor * 0.02)),
  )
  const elevatorWeights = units.map((unit) => unit.area * unit.floor)
  const elevator = elevatorWeights.some((weight) => weight > 0)
    ? largestRemainder(1000, elevatorWeights)
    : units.map(() => 0)
  return units.map<SeedApartment>((unit, index) => {
    const owner = contact(random, serialStart + index)
    const rented = random.next() < 0.3
    return {
      buildingIndex,
      floor: unit.floor,
      label: unit.label,
      occupant: rented ? contact(random, serialStart + index + 1_000_000) : owner,
      officeIndex,
      owner,
      shares: { elevator: elevator[index], general: general[index], heating: heating[index] },
    }
  })
}

const usersFor = (preset: PresetName, buildings: SeedBuilding[]): SeedUser[] => {
  if (preset === 'large') {
    return [
      {
        email: 'large-admin@demo.test',
        name: 'Large Office Admin',
        officeIndexes: [0],
        role: 'office-admin',
      },
    ]
  }
  const firstOfficeBuildings = buildings.flatMap((building, index) =>
    building.officeIndex === 0 ? [index] : [],
  )
  return [
    { email: 'admin@demo.test', name: 'Platform Admin', officeIndexes: [], role: 'platform-admin' },
    {
      email: 'office-admin@demo.test',
      name: 'Office Admin',
      officeIndexes: [0],
      role: 'office-admin',
    },
    {
      buildingIndexes: firstOfficeBuildings.slice(0, 2),
      email: 'manager@demo.test',
      name: 'Building Manager',
      officeIndexes: [0],
      role: 'manager',
    },
    { email: 'accountant@demo.test', name: 'Accountant', officeIndexes: [0], role: 'accountant' },
    {
      apartmentIndex: 0,
      email: 'resident@demo.test',
      name: 'Resident',
      officeIndexes: [0],
      role: 'resident',
    },
    { email: 'vendor@demo.test', name: 'Vendor', officeIndexes: [0], role: 'vendor' },
    {
      email: 'office-admin-2@demo.test',
      name: 'Second Office Admin',
      officeIndexes: [1],
      role: 'office-admin',
    },
  ]
}

/** The whole data set as plain data, from sizes and a seed. Pure: no database, same output every run. */
export const generateDataset = ({
  preset,
  seed,
  sizes,
}: {
  preset: PresetName
  seed: number
  sizes: SeedSizes
}): Dataset => {
  const random = createRandom(seed)
  const offices = sizes.buildingsPerOffice.map<SeedOffice>((_, index) => {
    const known = OFFICE_NAMES[preset][index]
    return {
      currency: 'EUR',
      ...(known?.featureFlags ? { featureFlags: known.featureFlags } : {}),
      locale: known?.locale ?? 'el',
      name: known?.name ?? `Office ${index + 1}`,
      slug: known?.slug ?? `${preset}-office-${index + 1}`,
      timezone: 'Europe/Athens',
    }
  })
  const buildings: SeedBuilding[] = []
  const apartments: SeedApartment[] = []
  sizes.buildingsPerOffice.forEach((count, officeIndex) => {
    for (let n = 0; n < count; n += 1) {
      const place = random.pick(CITIES)
      const street = random.pick(place.streets)
      const buildingIndex = buildings.length
      buildings.push({
        address: `${street} ${random.int(1, 220)}`,
        city: place.city,
        name: `${street} ${buildingIndex + 1}`,
        officeIndex,
        postalCode: `${place.postal}${String(random.int(100, 999))}`,
      })
      apartments.push(
        ...apartmentsOf(
          random,
          sizes.apartmentsPerBuilding,
          buildingIndex,
          officeIndex,
          apartments.length,
        ),
      )
    }
  })
  return { apartments, buildings, offices, users: usersFor(preset, buildings) }
}
