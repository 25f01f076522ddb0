import { conflict } from '../../../src/lib/errors/domainError'
import type { Refusal } from '../engine/jobRefusals'

/** Throws the engine's refusal, if there is one, as the conflict (409) it is. */
export const refuse = (refusal: null | Refusal): void => {
  if (refusal) throw conflict(refusal.code, refusal.message)
}
