import { promiseStatus } from './promiseStatus'
import type { Payment, PromiseToPay } from './types'

const promise = (fields: Partial<PromiseToPay> = {}): PromiseToPay => ({
  id: 1,
  amount: 30_000,
  apartmentId: 11,
  dueDate: '2026-06-10',
  graceDays: 3,
  madeOn: '2026-06-01',
  status: 'active',
  ...fields,
})

const paid = (amount: number, paidOn: string): Payment => ({ amount, paidOn })

describe('promiseStatus', () => {
  it('should stay active before the due date while payments fall short', () => {
    expect(
      promiseStatus({
        asOf: '2026-06-05',
        payments: [paid(10_000, '2026-06-04')],
        promise: promise(),
      }),
    ).toEqual({
      paid: 10_000,
      resolvedOn: null,
      status: 'active',
    })
  })

  it('should be kept on the day payments reach the amount, early or on the due date', () => {
    expect(
      promiseStatus({
        asOf: '2026-06-05',
        payments: [paid(30_000, '2026-06-03')],
        promise: promise(),
      }),
    ).toEqual({
      paid: 30_000,
      resolvedOn: '2026-06-03',
      status: 'kept',
    })
    const split = [paid(10_000, '2026-06-02'), paid(20_000, '2026-06-10')]
    expect(
      promiseStatus({ asOf: '2026-06-20', payments: split, promise: promise() }),
    ).toMatchObject({ resolvedOn: '2026-06-10', status: 'kept' })
  })

  it('should count a payment booked within the grace days', () => {
    expect(
      promiseStatus({
        asOf: '2026-06-20',
        payments: [paid(30_000, '2026-06-13')],
        promise: promise(),
      }),
    ).toMatchObject({ status: 'kept' })
  })

  it('should stay active on the last day of grace and break the day after', () => {
    expect(promiseStatus({ asOf: '2026-06-13', payments: [], promise: promise() }).status).toBe(
      'active',
    )
    expect(
      promiseStatus({
        asOf: '2026-06-14',
        payments: [paid(29_999, '2026-06-10')],
        promise: promise(),
      }),
    ).toEqual({
      paid: 29_999,
      resolvedOn: '2026-06-14',
      status: 'broken',
    })
  })

  it('should not let a payment after the grace days keep a promise already broken', () => {
    expect(
      promiseStatus({
        asOf: '2026-06-20',
        payments: [paid(30_000, '2026-06-14')],
        promise: promise(),
      }),
    ).toMatchObject({
      resolvedOn: '2026-06-14',
      status: 'broken',
    })
  })

  it('should ignore payments from before the promise and after the day asked about', () => {
    const payments = [paid(30_000, '2026-05-31'), paid(30_000, '2026-06-09')]
    expect(promiseStatus({ asOf: '2026-06-08', payments, promise: promise() })).toEqual({
      paid: 0,
      resolvedOn: null,
      status: 'active',
    })
  })

  it('should return a settled promise as it is', () => {
    for (const status of ['kept', 'broken', 'cancelled'] as const) {
      expect(
        promiseStatus({
          asOf: '2026-07-01',
          payments: [],
          promise: promise({ resolvedOn: '2026-06-05', status }),
        }),
      ).toMatchObject({
        resolvedOn: '2026-06-05',
        status,
      })
    }
    expect(
      promiseStatus({
        asOf: '2026-06-05',
        payments: [paid(30_000, '2026-06-02')],
        promise: promise({ status: 'cancelled' }),
      }).status,
    ).toBe('cancelled')
  })

  describe('installments', () => {
    const inInstallments = promise({
      installments: [
        { amount: 10_000, dueDate: '2026-07-10' },
        { amount: 10_000, dueDate: '2026-06-10' },
        { amount: 10_000, dueDate: '2026-08-10' },
      ],
    })

    it('should stay active while each installment is covered in time', () => {
      const payments = [paid(10_000, '2026-06-09'), paid(10_000, '2026-07-12')]
      expect(promiseStatus({ asOf: '2026-07-20', payments, promise: inInstallments })).toEqual({
        paid: 20_000,
        resolvedOn: null,
        status: 'active',
      })
    })

    it('should break on a missed installment even if the total could still be paid later', () => {
      expect(
        promiseStatus({
          asOf: '2026-07-14',
          payments: [paid(10_000, '2026-06-09')],
          promise: inInstallments,
        }),
      ).toMatchObject({
        resolvedOn: '2026-07-14',
        status: 'broken',
      })
    })

    it('should be kept when cumulative payments cover the last installment', () => {
      const payments = [paid(25_000, '2026-06-10'), paid(5_000, '2026-08-01')]
      expect(promiseStatus({ asOf: '2026-08-02', payments, promise: inInstallments })).toEqual({
        paid: 30_000,
        resolvedOn: '2026-08-01',
        status: 'kept',
      })
    })
  })
})
