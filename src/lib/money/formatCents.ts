/** Integer cents as a plain decimal string (`-1234` -> `-12.34`), exact: no float arithmetic. */
export const formatCents = (cents: number): string => {
  if (!Number.isSafeInteger(cents)) throw new RangeError('cents must be a safe integer')
  const sign = cents < 0 ? '-' : ''
  const abs = Math.abs(cents)
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}
