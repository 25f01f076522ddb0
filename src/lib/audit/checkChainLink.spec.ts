import type { Json } from '../json/canonicalJson'
import { checkChainLink } from './checkChainLink'
import { GENESIS_HASH } from './constants'
import { hashAuditEvent } from './hashAuditEvent'
import type { AuditEventContent, ChainedAuditEvent } from './types'

const content = (
  sequence: number,
  after: Json = { amountCents: 100 * sequence },
): AuditEventContent => ({
  action: 'payment.recorded',
  actorLabel: 'system',
  after,
  before: null,
  entityId: String(sequence),
  entityType: 'payments',
  idempotencyKey: null,
  occurredAt: '2026-11-28T10:00:00.000Z',
  sequence,
  tenant: 7,
  traceId: 'a'.repeat(32),
})

/** A valid chain of `length` events, as `writeAuditEvents` would store them. */
const chain = (length: number): ChainedAuditEvent[] => {
  const events: ChainedAuditEvent[] = []
  for (let sequence = 1; sequence <= length; sequence += 1) {
    const prevHash = events.at(-1)?.hash ?? GENESIS_HASH
    const eventContent = content(sequence)
    events.push({
      ...eventContent,
      id: 100 + sequence,
      hash: hashAuditEvent({ content: eventContent, prevHash }),
      prevHash,
    })
  }
  return events
}

const firstBreak = (events: ChainedAuditEvent[]): null | { id: number; reason: string } => {
  let previous: ChainedAuditEvent | null = null
  for (const event of events) {
    const reason = checkChainLink({ event, previous })
    if (reason) return { id: event.id, reason }
    previous = event
  }
  return null
}

describe('hashAuditEvent', () => {
  it('should not depend on the order of keys inside before/after', () => {
    const a = hashAuditEvent({ content: content(1, { a: 1, b: 2 }), prevHash: GENESIS_HASH })
    const b = hashAuditEvent({ content: content(1, { b: 2, a: 1 }), prevHash: GENESIS_HASH })
    expect(a).toBe(b)
    expect(a).toMatch(/^[0-9a-f]{64}$/)
  })

  it('should change with the content and with the previous hash', () => {
    const base = hashAuditEvent({ content: content(1), prevHash: GENESIS_HASH })
    expect(
      hashAuditEvent({ content: content(1, { amountCents: 101 }), prevHash: GENESIS_HASH }),
    ).not.toBe(base)
    expect(
      hashAuditEvent({ content: { ...content(1), actorLabel: 'someone' }, prevHash: GENESIS_HASH }),
    ).not.toBe(base)
    expect(hashAuditEvent({ content: content(1), prevHash: 'f'.repeat(64) })).not.toBe(base)
  })
})

describe('checkChainLink', () => {
  it('should accept an intact chain', () => {
    expect(firstBreak(chain(5))).toBeNull()
  })

  it('should name the edited event', () => {
    const events = chain(5)
    events[2] = { ...events[2], after: { amountCents: 1 } }
    expect(firstBreak(events)).toEqual({ id: 103, reason: expect.stringContaining('edited') })
  })

  it('should name the event after a deleted one', () => {
    const events = chain(5)
    events.splice(2, 1)
    expect(firstBreak(events)).toEqual({ id: 104, reason: expect.stringContaining('deleted') })
  })

  it('should name an event moved out of its place', () => {
    const events = chain(4)
    const [second, third] = [events[1], events[2]]
    events[1] = { ...third, sequence: 2 }
    events[2] = { ...second, sequence: 3 }
    expect(firstBreak(events)).toEqual({ id: 103, reason: expect.stringContaining('moved') })
  })

  it('should refuse a first event that does not start from the genesis hash', () => {
    const [first] = chain(1)
    expect(
      checkChainLink({ event: { ...first, prevHash: 'f'.repeat(64) }, previous: null }),
    ).toContain('first event')
  })

  it('should refuse a chain that does not start at 1', () => {
    const events = chain(3).slice(1)
    expect(firstBreak(events)).toEqual({ id: 102, reason: expect.stringContaining('deleted') })
  })
})
