/** One limit: at most `points` in a window of `seconds`, and why that number. */
export type RateLimitPolicy = { points: number; reason: string; seconds: number }

const MINUTE = 60
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/**
 * Every limit the app applies, by name (the name is the `RateLimit-Policy` header's and the
 * metric's label). docs/security/rate-limits.md explains them; keep the two in step.
 *
 * Sign-in failures are counted per account and address together (a guesser at one address is
 * stopped; the owner elsewhere is not), per address (one address guessing many accounts), and per
 * account over all addresses at a threshold no owner reaches (a guesser rotating addresses),
 * where an address the owner signed in from before still gets through. Each window steps up the
 * wait: 5 failures wait out 15 minutes, 10 an hour, 20 a day.
 */
export const RATE_LIMITS = {
  'login-account-address': {
    points: 5,
    reason: 'a person mistypes a password a few times; a guesser needs thousands',
    seconds: 15 * MINUTE,
  },
  'login-account-address-hour': {
    points: 10,
    reason: 'the second step: a guesser who waits out the first window',
    seconds: HOUR,
  },
  'login-account-address-day': {
    points: 20,
    reason: 'the third step: at most 20 guesses a day for one account from one address',
    seconds: DAY,
  },
  'login-address': {
    points: 100,
    reason: 'an office behind one address has tens of staff; 100 failures an hour is an attack',
    seconds: HOUR,
  },
  'login-account': {
    points: 50,
    reason: 'failures for one account from every address; known addresses pass',
    seconds: HOUR,
  },
  'login-known-address': {
    points: 1,
    reason: 'not a limit: an address the account signed in from in the last 30 days',
    seconds: 30 * DAY,
  },
  'forgot-password-account': {
    points: 3,
    reason: 'each request sends an e-mail: three an hour to one address is plenty',
    seconds: HOUR,
  },
  'forgot-password-address': {
    points: 10,
    reason: 'one address asking resets for many accounts floods inboxes',
    seconds: HOUR,
  },
  'public-link': {
    points: 60,
    reason: 'an owner opens a statement a few times; 60 a minute from one address is scraping',
    seconds: MINUTE,
  },
  webhook: {
    points: 600,
    reason: 'ten a second per office or provider address: a bank batch, not a flood',
    seconds: MINUTE,
  },
  graphql: {
    points: 600,
    reason: 'ten queries a second for one caller; each may read many rows',
    seconds: MINUTE,
  },
  api: {
    points: 3000,
    reason:
      'fifty requests a second for one credential or address: more than the admin or a sync job needs',
    seconds: MINUTE,
  },
} as const satisfies Record<string, RateLimitPolicy>

export type RateLimitName = keyof typeof RATE_LIMITS
