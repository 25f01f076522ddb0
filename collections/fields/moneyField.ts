import type { NumberField, NumberFieldSingleValidation } from 'payload'

import { MONEY_CELL } from '../../src/lib/admin/moneyCell'

const wholeCents =
  (allowNegative: boolean): NumberFieldSingleValidation =>
  (value) => {
    if (value === null || value === undefined) return 'Required'
    if (!Number.isSafeInteger(value)) return 'Use whole cents'
    if (value === 0) return 'Must not be zero'
    if (!allowNegative && value < 0) return 'Must be positive'
    return true
  }

/**
 * An amount in integer cents (never a float). `allowNegative` is for credit notes; zero is refused
 * because a zero-amount ledger row records nothing. A custom `validate` replaces the default.
 */
export const moneyField = ({
  allowNegative = false,
  name,
  validate,
}: {
  allowNegative?: boolean
  name: string
  validate?: NumberFieldSingleValidation
}): NumberField => ({
  name,
  type: 'number',
  admin: { components: { Cell: MONEY_CELL }, description: 'In cents (1234 = 12.34)', step: 1 },
  hasMany: false,
  required: true,
  validate: validate ?? wholeCents(allowNegative),
})
