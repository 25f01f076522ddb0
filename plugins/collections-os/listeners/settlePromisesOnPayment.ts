import { defineListener } from '../../../src/lib/events/defineListener'
import { officeToday } from '../../../src/ledger/engine/officeCalendar'
import { settlePromises } from '../operations/settlePromises'

/**
 * A payment settles its apartment's active promises at once: kept as soon as the money covers
 * them (installments included), in the listener's transaction with its receipt, so a promise is
 * marked once however often the event is delivered. The sweep stays as the backstop for promises
 * that break without a payment.
 */
export const settlePromisesOnPayment = defineListener({
  name: 'collections-os.settle-promises',
  on: ['payment.recorded'],
  handler: async ({ event, req }) => {
    if (event.tenant === null) return
    const office = await req.payload.findByID({
      collection: 'offices',
      depth: 0,
      disableErrors: true,
      id: event.tenant,
      req,
      select: { timezone: true },
    })
    // An office removed since (a demo seeded afresh) has no promises left to settle.
    if (!office) return
    await settlePromises({
      apartmentIds: [event.data.apartmentId],
      asOf: officeToday(office.timezone),
      officeId: event.tenant,
      req,
      timezone: office.timezone,
    })
  },
})
