import { apiErrors } from './apiErrors'

describe('apiErrors', () => {
  it('should put each field message under its path', () => {
    const body = {
      errors: [
        {
          data: { errors: [{ message: 'Too small', path: 'amount' }, { message: 'Use a calendar date, YYYY-MM-DD', path: 'dueDate' }] },
          message: 'The following fields are invalid: amount, dueDate',
          name: 'ValidationError',
        },
      ],
    }
    expect(apiErrors({ body, status: 400 })).toEqual({
      fieldErrors: { amount: 'Too small', dueDate: 'Use a calendar date, YYYY-MM-DD' },
      message: 'Check the highlighted fields.',
    })
  })

  it('should give the message of an error without fields, or a plain one by status', () => {
    expect(apiErrors({ body: { errors: [{ message: 'The promise is not active' }] }, status: 409 })).toEqual({
      fieldErrors: {},
      message: 'The promise is not active',
    })
    expect(apiErrors({ body: 'Bad gateway', status: 502 }).message).toBe('The request failed (502).')
    expect(apiErrors({ body: null, status: 403 }).message).toBe('You are not allowed to do this.')
  })
})
