/**
 * The client's address as the proxy in front of the app saw it: the entry `trustedHops` from the
 * right of `X-Forwarded-For` (each proxy appends the address it was called from, so entries left
 * of the trusted ones are the client's to invent). `next start` sets the header to the socket's
 * address only when the request has none, so the app must run behind a proxy that sets or
 * appends it (docs/security/rate-limits.md). Null when the request names none (a handler called
 * in-process). Pure.
 */
export const clientAddressOf = (headers: Headers, trustedHops: number): null | string => {
  const entries = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  if (entries.length === 0) return null
  return entries[Math.max(0, entries.length - Math.max(1, trustedHops))] ?? null
}
