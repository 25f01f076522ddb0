import { createHash } from 'node:crypto'

/**
 * An account as counters and security events name it: a SHA-256 prefix of the lower-cased
 * e-mail, so neither table ever holds an address someone typed. Pure.
 */
export const accountKeyOf = (email: string): string =>
  createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 32)
