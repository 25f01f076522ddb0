import type { Payload } from 'payload'

import { generateDataset } from './generateDataset'
import { PRESETS } from './presets'
import type { PresetName, SeedSizes } from './presets'
import { deleteOffices, writeDataset } from './writeDataset'
import { writeFeatureDemo } from './writeFeatureDemo'
import { writeLedger } from './writeLedger'

export type SeedOptions = {
  /** Months of ledger history to write (0: none). Defaults to the preset's. */
  months?: number
  /** Replace the preset's offices if they exist; otherwise an existing office stops the seed. */
  fresh?: boolean
  preset: PresetName
  progress?: (message: string) => void
  seed?: number
  sizes?: Partial<SeedSizes>
  /** The day the history ends (`YYYY-MM-DD`); payments are never later. Defaults to today. */
  today?: string
}

export const DEFAULT_SEED = 20260209

/** Ledger history per preset: half a year for the demo, two years (~1M rows) for benchmarks. */
const LEDGER_MONTHS: Record<PresetName, number> = { demo: 6, large: 24 }

/** Seeds a preset (sizes overridable) into the database `payload` is connected to. */
export const seedPreset = async (payload: Payload, options: SeedOptions) => {
  const progress = options.progress ?? (() => {})
  const sizes = { ...PRESETS[options.preset], ...options.sizes }
  const dataset = generateDataset({
    preset: options.preset,
    seed: options.seed ?? DEFAULT_SEED,
    sizes,
  })
  const slugs = dataset.offices.map((office) => office.slug)
  const emails = dataset.users.map((user) => user.email)
  const existing = await payload.count({ collection: 'offices', where: { slug: { in: slugs } } })
  const existingUsers = await payload.count({
    collection: 'users',
    where: { email: { in: emails } },
  })
  if (existing.totalDocs > 0 || existingUsers.totalDocs > 0) {
    if (!options.fresh) {
      throw new Error(
        `The ${options.preset} offices or users already exist; run again with --fresh to replace them.`,
      )
    }
    await deleteOffices(payload, { emails, slugs })
    progress(`removed the existing ${options.preset} offices`)
  }
  const ids = await writeDataset({ dataset, payload, progress })
  const months = options.months ?? LEDGER_MONTHS[options.preset]
  if (months > 0) {
    await writeLedger({
      dataset,
      ids,
      months,
      payload,
      progress,
      seed: options.seed ?? DEFAULT_SEED,
      today: options.today ?? new Date().toISOString().slice(0, 10),
    })
  }
  if (options.preset === 'demo') {
    await writeFeatureDemo({
      ids,
      payload,
      today: options.today ?? new Date().toISOString().slice(0, 10),
    })
    progress("dunning policies, this month's expenses and a bulk template written")
  }
  return ids
}
