import { createLocalReq } from 'payload'
import type { Payload } from 'payload'

import { poolOf } from '../../src/lib/db/poolOf'
import { recordPayment } from '../../src/ledger/operations/recordPayment'
import { measureInterleaved } from './interleaved'
import type { Timing } from './stats'

export type PaymentWritePath = { floor: Timing; localApi: Timing; system: Timing }

/**
 * The payment write path against the least a durable payment costs on this machine, measured in
 * turns so a neighbour's burst lands on all three: (c) raw pg, one prepared INSERT of a payment
 * row into `bench_payments_floor` (a copy of `payments` with the same indexes, so the ledger is
 * not touched) and COMMIT; `recordPayment` (insert, open-items upkeep, audit event, commit); and
 * the Local API create staff use in the admin. Apartments rotate over `apartmentIds`.
 */
export const benchPaymentWritePath = async ({
  apartmentIds,
  n,
  office,
  payload,
}: {
  apartmentIds: number[]
  n: number
  office: { id: number }
  payload: Payload
}): Promise<PaymentWritePath> => {
  const pool = poolOf(payload)
  await pool.query('create table if not exists bench_payments_floor (like payments including all)')
  let next = 0
  const apartment = () => apartmentIds[(next += 7) % apartmentIds.length]
  const [floor, system, localApi] = await measureInterleaved(
    [
      {
        label:
          '(c) the floor: begin, one prepared INSERT of a payment row (same indexes), commit, raw pg',
        work: async () => {
          const client = await pool.connect()
          try {
            await client.query('begin')
            await client.query({
              name: 'bench_payment_floor',
              text: `insert into bench_payments_floor (tenant_id, building_id, apartment_id, amount, received_at, method, source)
                     select tenant_id, building_id, id, $2, now(), 'bank-transfer', 'import' from apartments where id = $1 returning id`,
              values: [apartment(), 1_000],
            })
            await client.query('commit')
          } finally {
            client.release()
          }
        },
      },
      {
        label:
          'record one payment: insert, open-items upkeep, audit event, commit (recordPayment, the webhook path)',
        work: async () =>
          recordPayment({
            payment: {
              amount: 1_000,
              apartment: apartment(),
              method: 'bank-transfer',
              office: office.id,
              receivedAt: new Date().toISOString(),
              source: 'import',
            },
            req: await createLocalReq({}, payload),
          }),
      },
      {
        label:
          'record one payment via the Local API (staff entry: field validation, hooks, audit, commit)',
        work: () =>
          payload.create({
            collection: 'payments',
            data: {
              amount: 1_000,
              apartment: apartment(),
              method: 'bank-transfer',
              receivedAt: new Date().toISOString(),
              source: 'manual',
            },
            depth: 0,
          }),
      },
    ],
    { n, warmup: 5 },
  )
  return { floor, localApi, system }
}
