import type { PublicLink } from './publicLinkFormat'
import { PURPOSE_RULES } from './purposes'
import type { PublicLinkPurpose, PurposeRules } from './purposes'

/**
 * Whether a link was issued before its subject's links were revoked. `issuedAt` is whole seconds
 * (rounded down), so a link issued in the same second as the revocation but after it counts as
 * before it and is refused too: the error always falls on the side of a dead link, never on a
 * live one that should be dead. Pure.
 */
export const isRevoked = (
  link: Pick<PublicLink, 'issuedAt'>,
  revokedBefore: Date | null,
): boolean => revokedBefore !== null && link.issuedAt * 1000 < revokedBefore.getTime()

/** Whether links of this purpose work once (their first use is recorded). Pure. */
export const isOneTime = (
  purpose: PublicLinkPurpose,
  rules: PurposeRules = PURPOSE_RULES,
): boolean => rules[purpose].oneTime
