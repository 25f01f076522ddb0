import type { Payload } from 'payload'

import { generateDataset } from './generateDataset'
import { PRESETS, type PresetName, type SeedSizes } from './presets'
import { deleteOffices, writeDataset } from './writeDataset'

export type SeedOptions = {
  /** Replace the preset's offices if they exist; otherwise an existing office stops the seed. */
  fresh?: boolean
  preset: PresetName
  progress?: (message: string) => void
  seed?: number
  sizes?: Partial<SeedSizes>
}

export const DEFAULT_SEED = 20260209

/** Seeds a preset (sizes overridable) into the database `payload` is connected to. */
export const seedPreset = async (payload: Payload, options: SeedOptions) => {
  const progress = options.progress ?? (() => {})
  const sizes = { ...PRESETS[options.preset], ...options.sizes }
  const dataset = generateDataset({ preset: options.preset, seed: options.seed ?? DEFAULT_SEED, sizes })
  const slugs = dataset.offices.map((office) => office.slug)
  const existing = await payload.count({ collection: 'offices', where: { slug: { in: slugs } } })
  if (existing.totalDocs > 0) {
    if (!options.fresh) {
      throw new Error(`Offices ${slugs.join(', ')} already exist; run again with --fresh to replace them.`)
    }
    await deleteOffices(payload, slugs)
    progress(`removed the existing ${options.preset} offices`)
  }
  return writeDataset({ dataset, payload, progress })
}
