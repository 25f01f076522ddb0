/**
 * What a public link may open: a closed list, so a token minted for one page can never be
 * presented to another. `ballot` and `vendor-invitation` are reserved for the vote automation
 * and the vendor portal (EPIC-C, EPIC-D); naming them now keeps the format fixed when they come.
 */
export const PUBLIC_LINK_PURPOSES = ['statement', 'ballot', 'vendor-invitation'] as const

export type PublicLinkPurpose = (typeof PUBLIC_LINK_PURPOSES)[number]

export type PurposeRules = Record<PublicLinkPurpose, { oneTime: boolean }>

/**
 * `oneTime`: the link works once (its id is recorded on first use, in the caller's transaction).
 * A statement is read again and again; a vote is counted once by the vote records themselves,
 * not by its link; an invitation is accepted once and must not be replayable from a forwarded
 * e-mail.
 */
export const PURPOSE_RULES: PurposeRules = {
  ballot: { oneTime: false },
  statement: { oneTime: false },
  'vendor-invitation': { oneTime: true },
}
