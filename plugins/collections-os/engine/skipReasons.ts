/**
 * Why an apartment in scope gets no message in a run, in the order `dunningStep` checks them:
 * the first that applies is the one reported, so each apartment is counted under one reason.
 * `not-overdue` and `no-step` mean there is nothing to chase yet; the rest mean there is, and
 * say what held the message back.
 */
export const SKIP_REASONS = [
  'not-overdue',
  'below-minimum',
  'no-step',
  'promise-active',
  'max-contacts',
  'contacted-too-recently',
  'no-contact-data',
] as const

export type SkipReason = (typeof SKIP_REASONS)[number]
