import type { Payload } from 'payload'

/** Test shortcuts for ledger writes through the Local API (hooks, validation and open items included). */
export const charge = (
  payload: Payload,
  {
    amount,
    apartment,
    dueDate,
    period,
    source = 'manual',
  }: {
    amount: number
    apartment: number
    dueDate: string
    period?: string
    source?: 'common-expense' | 'manual' | 'penalty' | 'recurring'
  },
) =>
  payload.create({
    collection: 'charges',
    data: {
      amount,
      apartment,
      dueDate: `${dueDate}T12:00:00.000Z`,
      period: period ?? dueDate.slice(0, 7),
      source,
    },
    depth: 0,
  })

export const pay = (
  payload: Payload,
  {
    amount,
    apartment,
    receivedAt,
    reference,
  }: { amount: number; apartment: number; receivedAt: string; reference?: string },
) =>
  payload.create({
    collection: 'payments',
    data: {
      amount,
      apartment,
      externalReference: reference,
      method: 'bank-transfer',
      receivedAt: `${receivedAt}T09:00:00.000Z`,
      source: 'manual',
    },
    depth: 0,
  })

export const openAmounts = async (payload: Payload, apartment: number) => {
  const { docs } = await payload.find({
    collection: 'charges',
    depth: 0,
    pagination: false,
    sort: 'dueDate',
    where: { and: [{ apartment: { equals: apartment } }, { amount: { greater_than: 0 } }] },
  })
  return docs.map((doc) => doc.openAmount)
}

export const balanceOf = async (payload: Payload, apartment: number) => {
  const { docs } = await payload.find({
    collection: 'apartment-balances',
    depth: 0,
    where: { apartment: { equals: apartment } },
  })
  return docs[0]
}
