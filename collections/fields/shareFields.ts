import type { GroupField } from 'payload'

/** Expense categories an apartment carries a share of. Ledger categories map onto these columns. */
export const SHARE_CATEGORIES = ['general', 'elevator', 'heating'] as const

export type ShareCategory = (typeof SHARE_CATEGORIES)[number]

const isPerMille = (value: null | number | undefined): string | true =>
  value === null ||
  value === undefined ||
  (Number.isInteger(value) && value >= 0 && value <= 1000) ||
  'Shares are whole numbers per mille, from 0 to 1000'

/** Integer shares per mille for each expense category (a building's apartments add up to 1000). */
export const sharesGroup: GroupField = {
  name: 'shares',
  type: 'group',
  admin: { description: 'Per mille (‰) of each expense category this apartment pays.' },
  fields: [
    {
      type: 'row',
      fields: SHARE_CATEGORIES.map((category) => ({
        name: category,
        type: 'number' as const,
        defaultValue: 0,
        max: 1000,
        min: 0,
        required: true,
        validate: isPerMille,
      })),
    },
  ],
}
