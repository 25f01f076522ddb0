import { DELIVERY_STATUSES } from './constants'
import type { DeliveryStatus } from './constants'
import {
  changeOf,
  nextDeliveryState,
  PROVIDER_EVENT_STATUSES,
  summarizeStatusEvents,
} from './deliveryStatusTransition'
import type { DeliveryState, ProviderEvent } from './deliveryStatusTransition'

const T1 = '2026-03-01T10:00:00.000Z'
const T2 = '2026-03-01T10:05:00.000Z'
const T3 = '2026-03-01T11:00:00.000Z'

const state = (status: DeliveryStatus, overrides: Partial<DeliveryState> = {}): DeliveryState => ({
  deliveredAt: null,
  error: status === 'failed' || status === 'dead' ? 'earlier error' : null,
  status,
  ...overrides,
})

const event = (status: ProviderEvent['status'], at: string, reason?: string): ProviderEvent => ({
  at,
  providerId: 'p-1',
  reason,
  status,
})

/** Applies reports one at a time, as separate callbacks would. */
const applyOneByOne = (start: DeliveryState, events: ProviderEvent[]) =>
  events.reduce((current, next) => nextDeliveryState(current, changeOf(next)), start)

/** Folds the reports first, as one batch is applied. */
const applyAsBatch = (start: DeliveryState, events: ProviderEvent[]) => {
  const [change] = summarizeStatusEvents(events)
  return nextDeliveryState(start, change)
}

const permutations = <T>(items: T[]): T[][] =>
  items.length <= 1
    ? [items]
    : items.flatMap((item, index) =>
        permutations(items.filter((_, i) => i !== index)).map((rest) => [item, ...rest]),
      )

describe('changeOf', () => {
  it('should map delivered to delivered with its time, bounces and complaints to dead, failures to failed', () => {
    expect(changeOf(event('delivered', T1))).toEqual({
      deliveredAt: T1,
      error: null,
      status: 'delivered',
    })
    expect(changeOf(event('bounced', T1, '550 5.1.1 user unknown'))).toEqual({
      deliveredAt: null,
      error: 'bounced: 550 5.1.1 user unknown',
      status: 'dead',
    })
    expect(changeOf(event('complained', T1))).toEqual({
      deliveredAt: null,
      error: 'complained',
      status: 'dead',
    })
    expect(changeOf(event('failed', T1, 'mailbox full'))).toEqual({
      deliveredAt: null,
      error: 'failed: mailbox full',
      status: 'failed',
    })
  })
})

describe('nextDeliveryState', () => {
  it.each([
    // current status, report, expected status
    ['queued', 'delivered', 'delivered'],
    ['sent', 'delivered', 'delivered'],
    ['failed', 'delivered', 'delivered'],
    ['sent', 'failed', 'failed'],
    ['sent', 'bounced', 'dead'],
    ['delivered', 'complained', 'dead'],
    ['delivered', 'bounced', 'dead'],
    ['delivered', 'failed', 'delivered'],
    ['dead', 'delivered', 'dead'],
    ['dead', 'failed', 'dead'],
    ['failed', 'failed', 'failed'],
  ] as const)('should move %s on a %s report to %s', (current, report, expected) => {
    expect(nextDeliveryState(state(current), changeOf(event(report, T1))).status).toBe(expected)
  })

  it('should never move a delivery backwards, for every status and report', () => {
    const order = ['queued', 'sent', 'failed', 'delivered', 'dead']
    for (const current of DELIVERY_STATUSES) {
      for (const report of PROVIDER_EVENT_STATUSES) {
        const next = nextDeliveryState(state(current), changeOf(event(report, T1)))
        expect(order.indexOf(next.status)).toBeGreaterThanOrEqual(order.indexOf(current))
      }
    }
  })

  it('should clear the error on delivery and keep the reason that made a delivery dead', () => {
    expect(nextDeliveryState(state('failed'), changeOf(event('delivered', T1)))).toEqual({
      deliveredAt: T1,
      error: null,
      status: 'delivered',
    })
    expect(
      nextDeliveryState(
        state('dead', { error: 'bounced: first' }),
        changeOf(event('complained', T2, 'second')),
      ),
    ).toEqual({
      deliveredAt: null,
      error: 'bounced: first',
      status: 'dead',
    })
  })

  it('should record a delivery the provider reported even after the delivery died, keeping the earliest time', () => {
    const dead = state('dead', { error: 'complained' })
    expect(nextDeliveryState(dead, changeOf(event('delivered', T2)))).toEqual({
      deliveredAt: T2,
      error: 'complained',
      status: 'dead',
    })
    const delivered = state('delivered', { deliveredAt: T2 })
    expect(nextDeliveryState(delivered, changeOf(event('delivered', T1))).deliveredAt).toBe(T1)
    expect(nextDeliveryState(delivered, changeOf(event('delivered', T3))).deliveredAt).toBe(T2)
  })

  it('should be idempotent: the same report twice gives the same state', () => {
    for (const current of DELIVERY_STATUSES) {
      for (const report of PROVIDER_EVENT_STATUSES) {
        const once = nextDeliveryState(state(current), changeOf(event(report, T1, 'why')))
        expect(nextDeliveryState(once, changeOf(event(report, T1, 'why')))).toEqual(once)
      }
    }
  })
})

describe('summarizeStatusEvents', () => {
  const reports = [
    event('delivered', T2),
    event('failed', T1, 'greylisted'),
    event('complained', T3, 'spam button'),
  ]

  it('should fold one provider id to the highest status, the earliest delivery and the reason that reached it', () => {
    expect(summarizeStatusEvents(reports)).toEqual([
      { deliveredAt: T2, error: 'complained: spam button', providerId: 'p-1', status: 'dead' },
    ])
  })

  it('should give the same result in any order, one by one or as a batch, from any starting status', () => {
    for (const start of DELIVERY_STATUSES) {
      const expected = applyOneByOne(state(start), reports)
      for (const order of permutations(reports)) {
        expect(applyOneByOne(state(start), order)).toEqual(expected)
        expect(applyAsBatch(state(start), order)).toEqual(expected)
      }
    }
  })

  it('should keep the earliest reason among reports of the same status whatever their order in the batch', () => {
    const bounces = [event('bounced', T2, 'later'), event('bounced', T1, 'earlier')]
    expect(summarizeStatusEvents(bounces)[0].error).toBe('bounced: earlier')
    expect(summarizeStatusEvents([...bounces].reverse())[0].error).toBe('bounced: earlier')
  })

  it('should keep one change per provider id in the order ids first appear', () => {
    const changes = summarizeStatusEvents([
      { at: T2, providerId: 'b', status: 'delivered' },
      { at: T1, providerId: 'a', status: 'bounced' },
      { at: T3, providerId: 'b', status: 'delivered' },
    ])
    expect(changes.map(({ providerId, status }) => [providerId, status])).toEqual([
      ['b', 'delivered'],
      ['a', 'dead'],
    ])
  })
})
