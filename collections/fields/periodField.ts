import type { TextField } from 'payload'

const PERIOD_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/

/** A billing period `YYYY-MM`. */
export const periodField = (overrides: Partial<TextField> = {}): TextField =>
  ({
    name: 'period',
    type: 'text',
    index: true,
    required: true,
    validate: (value: null | string | undefined) =>
      PERIOD_PATTERN.test(value ?? '') || 'Use YYYY-MM, e.g. 2026-03',
    ...overrides,
  }) as TextField
