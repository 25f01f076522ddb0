import { parseArgs } from 'node:util'

import { getPayload } from 'payload'

import { closePayload } from '../src/lib/db/closePayload'
import { useDevDatabase } from './devDatabase'
import { withoutBackgroundWork } from './withoutBackgroundWork'
import { PRESETS } from './seed/presets'
import type { PresetName } from './seed/presets'
import { DEFAULT_SEED, seedPreset } from './seed/seedPreset'

const usage = `npm run seed -- [--preset demo|large] [--offices N] [--buildings N] [--apartments N]
                   [--seed N] [--fresh]
  --buildings   buildings per office     --apartments  apartments per building
  --fresh       replace the preset's offices if they are already there`

const { values } = parseArgs({
  options: {
    apartments: { type: 'string' },
    buildings: { type: 'string' },
    fresh: { default: false, type: 'boolean' },
    help: { default: false, type: 'boolean' },
    offices: { type: 'string' },
    preset: { default: 'demo', type: 'string' },
    seed: { type: 'string' },
  },
})

const positive = (name: string, raw: string | undefined): number | undefined => {
  if (raw === undefined) return undefined
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} must be a whole number of at least 1`)
  return value
}

if (values.help) {
  console.log(usage)
  process.exit(0)
}
if (!(values.preset in PRESETS)) {
  console.error(`Unknown preset "${values.preset}".\n${usage}`)
  process.exit(2)
}
const preset = values.preset as PresetName
const base = PRESETS[preset]
const offices = positive('offices', values.offices) ?? base.buildingsPerOffice.length
const buildings = positive('buildings', values.buildings)
const sizes = {
  apartmentsPerBuilding: positive('apartments', values.apartments) ?? base.apartmentsPerBuilding,
  buildingsPerOffice: Array.from(
    { length: offices },
    (_, index) => buildings ?? base.buildingsPerOffice[index] ?? base.buildingsPerOffice[0],
  ),
}

withoutBackgroundWork()
const database = await useDevDatabase()
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
const started = performance.now()
try {
  await seedPreset(payload, {
    fresh: values.fresh,
    preset,
    progress: (message) => console.log(`[seed] ${message}`),
    seed: positive('seed', values.seed) ?? DEFAULT_SEED,
    sizes,
  })
  console.log(`[seed] ${preset} done in ${((performance.now() - started) / 1000).toFixed(1)} s`)
} catch (err) {
  console.error(`[seed] ${(err as Error).message}`)
  process.exitCode = 1
} finally {
  await closePayload(payload)
  await database.stop()
}
