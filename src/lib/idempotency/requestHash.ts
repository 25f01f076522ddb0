import { createHash } from 'node:crypto'

import { canonicalJson } from '../json/canonicalJson'

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

/**
 * The fingerprint of a request body: sha256 of its canonical JSON, so the same JSON with keys in
 * another order or other whitespace is the same request. A body that is not JSON is hashed as sent.
 */
export const requestHash = (body: string): string => {
  if (body.trim() === '') return sha256('')
  try {
    return sha256(canonicalJson(JSON.parse(body)))
  } catch {
    return sha256(body)
  }
}
