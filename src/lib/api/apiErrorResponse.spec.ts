import { APIError, Forbidden, NotFound, ValidationError } from 'payload'

import { apiErrorResponse } from './apiErrorResponse'

describe('apiErrorResponse', () => {
  it("should answer a Local API validation error in Payload's 400 shape with its field paths", async () => {
    const response = apiErrorResponse(
      new ValidationError({
        collection: 'dunning-policies',
        errors: [{ message: 'Building not found', path: 'building' }],
      }),
    )
    expect(response?.status).toBe(400)
    expect((await response!.json()).errors[0].data.errors).toEqual([
      { message: 'Building not found', path: 'building' },
    ])
  })

  it('should keep the status of forbidden and not found', () => {
    expect(apiErrorResponse(new Forbidden())?.status).toBe(403)
    expect(apiErrorResponse(new NotFound())?.status).toBe(404)
  })

  it('should leave server faults and foreign errors to be thrown', () => {
    expect(apiErrorResponse(new APIError('database down', 500))).toBeNull()
    expect(apiErrorResponse(new Error('boom'))).toBeNull()
  })
})
