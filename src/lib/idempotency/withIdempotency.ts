import type { PayloadHandler, PayloadRequest } from 'payload'

import { dbFor } from '../db/transaction'
import type { SqlExecutor } from '../db/transaction'
import {
  DEFAULT_LEASE_SECONDS,
  IDEMPOTENCY_HEADER,
  MAX_KEY_LENGTH,
  REPLAYED_HEADER,
  RETRY_AFTER_SECONDS,
} from './constants'
import { existingKeyOutcome } from './existingKeyOutcome'
import { completeClaim, findKey, insertClaim, releaseClaim, takeOverClaim } from './keyStore'
import type { Claim, RequestFingerprint, StoredKey } from './keyStore'
import { requestHash } from './requestHash'

export type IdempotencyOptions = {
  /** The office the key belongs to (null for platform-level calls); keys of two offices never meet. */
  scope: (req: PayloadRequest) => null | number | Promise<null | number>
  /**
   * Refuse requests without the header (400). When false, such requests run unprotected.
   * @default true
   */
  required?: boolean
  /**
   * An in-flight claim older than this is presumed dead and taken over by the next identical
   * request. Keep it above the handler's slowest honest run.
   * @default 300
   */
  leaseSeconds?: number
}

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304])

/** How many times a request races a claim being released under it before answering 409. */
const CLAIM_ATTEMPTS = 3

const keyError = (
  status: number,
  message: string,
  headers: Record<string, string> = {},
): Response =>
  Response.json({ errors: [{ field: IDEMPOTENCY_HEADER, message }] }, { headers, status })

const isJson = (contentType: null | string): boolean => /[/+]json\b/i.test(contentType ?? '')

/**
 * Reads the body once and puts it back for the handler: `req.text()`, `req.json()` and
 * `addDataAndFileToRequest(req)` keep working, and a JSON body is also on `req.data`.
 */
const bufferBody = async (req: PayloadRequest): Promise<string> => {
  if (req.data !== undefined) return JSON.stringify(req.data)
  const text = req.body && req.text ? await req.text() : ''
  req.text = async () => text
  req.json = async () => JSON.parse(text)
  if (text && isJson(req.headers.get('content-type'))) {
    try {
      req.data = JSON.parse(text)
    } catch {
      // Left to the handler, which answers a malformed body as it would without this wrapper.
    }
  }
  return text
}

const fingerprintOf = (req: PayloadRequest, body: string): RequestFingerprint => {
  const url = new URL(req.url ?? 'http://localhost/')
  return {
    actor: req.user ? `${req.user.collection}:${req.user.id}` : '',
    method: (req.method ?? 'GET').toUpperCase(),
    path: url.pathname + url.search,
    requestHash: requestHash(body),
  }
}

const replay = (stored: StoredKey): Response => {
  const headers = new Headers({ [REPLAYED_HEADER]: 'true' })
  if (stored.responseContentType) headers.set('content-type', stored.responseContentType)
  const status = stored.responseStatus ?? 200
  const body = NULL_BODY_STATUSES.has(status)
    ? null
    : (stored.responseJson ?? stored.responseText ?? '')
  return new Response(body, { headers, status })
}

type Acquired =
  | { claim: Claim; outcome: 'claimed' }
  | { outcome: 'conflict' | 'in-flight' }
  | { outcome: 'replay'; stored: StoredKey }

/** Claims the key, or learns what holds it. Retries when the holder released it in between. */
const acquire = async ({
  db,
  fingerprint,
  key,
  leaseSeconds,
  tenant,
}: {
  db: SqlExecutor
  fingerprint: RequestFingerprint
  key: string
  leaseSeconds: number
  tenant: null | number
}): Promise<Acquired> => {
  for (let attempt = 0; attempt < CLAIM_ATTEMPTS; attempt += 1) {
    const claim = await insertClaim({ db, fingerprint, key, tenant })
    if (claim) return { claim, outcome: 'claimed' }
    const stored = await findKey({ db, key, leaseSeconds, tenant })
    if (!stored) continue
    const outcome = existingKeyOutcome({ fingerprint, stored })
    if (outcome === 'replay') return { outcome, stored }
    if (outcome !== 'take-over') return { outcome }
    const takenOver = await takeOverClaim({ db, id: stored.id, leaseSeconds })
    return takenOver ? { claim: takenOver, outcome: 'claimed' } : { outcome: 'in-flight' }
  }
  return { outcome: 'in-flight' }
}

/**
 * Wraps a custom endpoint's handler with `Idempotency-Key` semantics, per office:
 * - no key (when required) or a key over 255 characters: 400;
 * - first use: the handler runs and its response (status < 500) is stored;
 * - the same request again: the stored status and body, with `Idempotent-Replayed: true`;
 * - the same key for another request (body, path, method or caller): 422;
 * - the same key while the first request runs: 409 with `Retry-After`.
 * A 5xx or a thrown error releases the key, so the client's retry runs the handler again.
 *
 * The claim commits on its own before the handler runs (never in the handler's transaction), so
 * concurrent requests see it and the unique (office, key) index lets exactly one of them win. The
 * handler opens its own transaction as usual.
 */
export const withIdempotency =
  (
    handler: PayloadHandler,
    { leaseSeconds = DEFAULT_LEASE_SECONDS, required = true, scope }: IdempotencyOptions,
  ): PayloadHandler =>
  async (req) => {
    const key = req.headers.get(IDEMPOTENCY_HEADER)
    if (key === null || key.trim() === '') {
      return required ? keyError(400, `The ${IDEMPOTENCY_HEADER} header is required`) : handler(req)
    }
    if (key.length > MAX_KEY_LENGTH) {
      return keyError(
        400,
        `The ${IDEMPOTENCY_HEADER} header must be at most ${MAX_KEY_LENGTH} characters`,
      )
    }

    const body = await bufferBody(req)
    const tenant = await scope(req)
    const fingerprint = fingerprintOf(req, body)
    const db = await dbFor({ payload: req.payload, transactionID: undefined })
    const acquired = await acquire({ db, fingerprint, key, leaseSeconds, tenant })
    if (acquired.outcome === 'replay') return replay(acquired.stored)
    if (acquired.outcome === 'conflict') {
      return keyError(422, `This ${IDEMPOTENCY_HEADER} was already used for a different request`)
    }
    if (acquired.outcome !== 'claimed') {
      return keyError(
        409,
        `A request with this ${IDEMPOTENCY_HEADER} is still in progress; retry later`,
        {
          'Retry-After': String(RETRY_AFTER_SECONDS),
        },
      )
    }

    const { claim } = acquired
    const release = async () => {
      try {
        await releaseClaim({ claim, db })
      } catch (err) {
        req.payload.logger.error({
          err,
          msg: `idempotency: could not release key ${key}; it frees when its lease ends`,
        })
      }
    }
    let response: Response
    try {
      response = await handler(req)
    } catch (err) {
      await release()
      throw err
    }
    if (response.status >= 500) {
      await release()
      return response
    }

    const text = await response.text()
    const contentType = response.headers.get('content-type')
    let json: null | string = null
    if (isJson(contentType) && text) {
      try {
        json = JSON.stringify(JSON.parse(text))
      } catch {
        // Not JSON after all: stored and replayed as text.
      }
    }
    try {
      const isStored = await completeClaim({
        claim,
        db,
        response: { contentType, json, status: response.status, text: json === null ? text : null },
      })
      if (!isStored)
        req.payload.logger.warn({
          msg: `idempotency: key ${key} was taken over before this request finished`,
        })
    } catch (err) {
      req.payload.logger.error({
        err,
        msg: `idempotency: could not store the response of key ${key}`,
      })
    }
    return new Response(NULL_BODY_STATUSES.has(response.status) ? null : text, {
      headers: response.headers,
      status: response.status,
      statusText: response.statusText,
    })
  }
