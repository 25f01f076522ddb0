import { createHash } from 'node:crypto'

/**
 * The job id for a dedupe key: a UUID (version 8, "custom") made of SHA-256 of task and key, so
 * every process that enqueues the same key computes the same id and pg-boss's primary key
 * (queue, id) lets only the first insert through.
 */
export const dedupeJobId = ({ key, name }: { key: string; name: string }): string => {
  const bytes = createHash('sha256').update(`${name}\u0000${key}`).digest().subarray(0, 16)
  bytes[6] = (bytes[6] & 0x0f) | 0x80
  bytes[8] = (bytes[8] & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
