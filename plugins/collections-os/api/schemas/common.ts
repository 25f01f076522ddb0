import { z } from 'zod'

/** Whole cents, never a float; zero records nothing, so promises and fees start at one cent. */
export const positiveCents = z
  .number()
  .int()
  .positive()
  .max(Number.MAX_SAFE_INTEGER)
  .describe('Integer cents (1234 = 12.34)')

export const wholeNumber = (min: number) => z.number().int().min(min).max(Number.MAX_SAFE_INTEGER)

/** A calendar day, `YYYY-MM-DD`; zod's ISO date check refuses 2026-02-30 and friends. */
export const calendarDate = z.iso.date({ error: 'Use a calendar date, YYYY-MM-DD' })
