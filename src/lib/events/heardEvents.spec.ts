import { defineListener } from './defineListener'
import type { DomainEventInput } from './eventCatalog'
import { heardEvents } from './heardEvents'
import { registerListeners } from './registerListeners'

const listener = (name: string, on: DomainEventInput['type'][]) =>
  defineListener({ name, on, handler: async () => undefined })

const event = (type: DomainEventInput['type'], tenant: number) =>
  ({ data: {}, tenant, type }) as unknown as DomainEventInput

describe('heardEvents', () => {
  it('should keep only the events some registered listener listens to, in order', () => {
    const config = registerListeners({}, [
      listener('a.payments', ['payment.recorded']),
      listener('b.notes', ['credit-note.issued']),
    ])
    const events = [
      event('charge.issued', 1),
      event('payment.recorded', 2),
      event('credit-note.issued', 3),
      event('payment.recorded', 4),
    ]
    expect(heardEvents(config, events).map((kept) => kept.tenant)).toEqual([2, 3, 4])
  })

  it('should keep nothing when nobody listens', () => {
    expect(heardEvents({}, [event('charge.issued', 1), event('payment.recorded', 2)])).toEqual([])
  })

  it('should read each config on its own', () => {
    const payments = registerListeners({}, [listener('a.payments', ['payment.recorded'])])
    const charges = registerListeners({}, [listener('a.charges', ['charge.issued'])])
    const events = [event('charge.issued', 1), event('payment.recorded', 2)]
    expect(heardEvents(payments, events).map((kept) => kept.tenant)).toEqual([2])
    expect(heardEvents(charges, events).map((kept) => kept.tenant)).toEqual([1])
  })
})
