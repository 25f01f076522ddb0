/**
 * What a person types as an amount (`123.45`, `123,45`, `123`) as integer cents, or null when it
 * is not one: the form sends cents, so no float ever reaches the ledger. Thousands separators are
 * refused rather than guessed (`1.234` could be either), and so are more than two decimals.
 */
export const parseCents = (text: string): null | number => {
  const match = /^\s*(\d{1,13})(?:[.,](\d{1,2}))?\s*$/.exec(text)
  if (!match) return null
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
  return Number.isSafeInteger(cents) ? cents : null
}
