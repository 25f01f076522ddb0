import { APIError, Forbidden, NotFound, ValidationError } from 'payload'

import { conflict, DomainError, forbidden, invalid, notFound } from './domainError'
import { errorResponseOf } from './errorResponseOf'

const answer = async (err: unknown) => {
  const response = errorResponseOf(err)
  if (!response) throw new Error('expected an answer')
  return { body: await response.json(), status: response.status }
}

describe('errorResponseOf', () => {
  it('should answer an invalid request with its field paths in the validation shape', async () => {
    const { body, status } = await answer(
      invalid([{ message: 'Required for this action', path: 'scope.period' }]),
    )
    expect(status).toBe(400)
    expect(body.errors[0]).toMatchObject({
      data: { errors: [{ message: 'Required for this action', path: 'scope.period' }] },
      name: 'ValidationError',
    })
  })

  it.each([
    [
      conflict('plan-drift', 'The data changed since the dry-run; dry-run again'),
      409,
      'plan-drift',
    ],
    [notFound('Bulk job not found'), 404, 'not-found'],
    [forbidden('The job covers buildings you do not manage'), 403, 'forbidden'],
    [new DomainError({ kind: 'unauthenticated', message: 'Log in' }), 401, 'unauthenticated'],
  ])('should answer %p with its status, code and message', async (err, status, code) => {
    const { body, status: answered } = await answer(err)
    expect(answered).toBe(status)
    expect(body).toEqual({ errors: [{ code, message: err.message }] })
  })

  it("should answer a Local API validation error in Payload's 400 shape with its field paths", async () => {
    const { body, status } = await answer(
      new ValidationError({
        collection: 'dunning-policies',
        errors: [{ message: 'Building not found', path: 'building' }],
      }),
    )
    expect(status).toBe(400)
    expect(body.errors[0].data.errors).toEqual([
      { message: 'Building not found', path: 'building' },
    ])
  })

  it("should keep the status of the Local API's forbidden and not found", async () => {
    expect((await answer(new Forbidden())).status).toBe(403)
    expect((await answer(new NotFound())).status).toBe(404)
  })

  it('should leave server faults and foreign errors to be thrown', () => {
    expect(errorResponseOf(new APIError('database down', 500))).toBeNull()
    expect(errorResponseOf(new Error('boom'))).toBeNull()
  })
})
