import type { Endpoint } from 'payload'

import { errorResponse } from '../../../../src/lib/http/errors'
import { validationErrorResponse } from '../../../../src/lib/validation/validationError'
import { PROMISES_TO_PAY } from '../../constants'
import { findVisible } from '../../../../src/lib/api/findVisible'
import { collectionsEndpoint } from '../http/collectionsEndpoint'
import { listVisible } from '../../../../src/lib/api/listVisible'
import { collectionsRoutes as routes } from '../routes'
import { storedDate } from '../schemas/promiseSchemas'

type Installment = { amount: number; dueDate: string }
const storedInstallments = (installments: Installment[] | undefined) =>
  installments?.map((installment) => ({
    amount: installment.amount,
    dueDate: storedDate(installment.dueDate),
  }))

const notFound = () => errorResponse(404, 'Promise not found')

/**
 * Promises to pay: office staff and managers (their buildings), through the collection's access.
 * Status moves only by transitions: `cancel` here; kept and broken are the system's.
 */
export const promiseEndpoints: Endpoint[] = [
  collectionsEndpoint(routes.listPromises, async ({ caller, query, req }) => {
    return listVisible({
      caller,
      collection: PROMISES_TO_PAY,
      filters: { apartment: query.apartment, building: query.building, status: query.status },
      query,
      req,
      sort: '-createdAt',
    })
  }),

  collectionsEndpoint(routes.createPromise, async ({ body, caller, req }) => {
    // The collection's hook would find the apartment too; this also keeps out offices where the feature is off.
    if (!(await findVisible({ caller, collection: 'apartments', id: body.apartment, req }))) {
      return validationErrorResponse([{ message: 'Apartment not found', path: 'apartment' }])
    }
    const doc = await req.payload.create({
      collection: PROMISES_TO_PAY,
      data: {
        amount: body.amount,
        apartment: body.apartment,
        dueDate: storedDate(body.dueDate),
        graceDays: body.graceDays,
        installments: storedInstallments(body.installments),
        note: body.note,
        status: 'active',
      },
      depth: 0,
      overrideAccess: false,
      req,
    })
    return Response.json(doc, { status: 201 })
  }),

  collectionsEndpoint(routes.getPromise, async ({ caller, id, req }) => {
    const doc = await findVisible({ caller, collection: PROMISES_TO_PAY, id, req })
    return doc ? Response.json(doc) : notFound()
  }),

  collectionsEndpoint(routes.updatePromise, async ({ body, caller, id, req }) => {
    const promise = await findVisible({ caller, collection: PROMISES_TO_PAY, id, req })
    if (!promise) return notFound()
    if (promise.status !== 'active')
      return errorResponse(
        409,
        `Only an active promise changes terms; this one is ${promise.status}`,
      )
    const { dueDate, installments, ...terms } = body
    const doc = await req.payload.update({
      collection: PROMISES_TO_PAY,
      data: {
        ...terms,
        ...(dueDate === undefined ? {} : { dueDate: storedDate(dueDate) }),
        ...(installments === undefined ? {} : { installments: storedInstallments(installments) }),
      },
      depth: 0,
      id,
      overrideAccess: false,
      req,
    })
    return Response.json(doc)
  }),

  collectionsEndpoint(routes.deletePromise, async ({ caller, id, req }) => {
    const promise = await findVisible({ caller, collection: PROMISES_TO_PAY, id, req })
    if (!promise) return notFound()
    // A kept or broken promise decides where escalation resumes (engine/dunningStep): it stays.
    if (promise.status === 'kept' || promise.status === 'broken') {
      return errorResponse(
        409,
        `A ${promise.status} promise is history the dunning engine reads; it is not deleted`,
      )
    }
    await req.payload.delete({ collection: PROMISES_TO_PAY, id, overrideAccess: false, req })
    return new Response(null, { status: 204 })
  }),

  collectionsEndpoint(routes.cancelPromise, async ({ caller, id, req }) => {
    const promise = await findVisible({ caller, collection: PROMISES_TO_PAY, id, req })
    if (!promise) return notFound()
    // Conditional on `active`, so a promise the sweep marked kept or broken meanwhile is not overwritten.
    const { docs } = await req.payload.update({
      collection: PROMISES_TO_PAY,
      data: { resolvedOn: new Date().toISOString(), status: 'cancelled' },
      depth: 0,
      overrideAccess: false,
      req,
      where: { and: [{ id: { equals: id } }, { status: { equals: 'active' } }] },
    })
    if (docs.length === 0)
      return errorResponse(
        409,
        `Only an active promise is cancelled; this one is ${promise.status}`,
      )
    return Response.json(docs[0])
  }),
]
