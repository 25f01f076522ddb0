import { apiErrors } from './apiErrors'

describe('apiErrors', () => {
  it('should put each field error of a 400 under its path', () => {
    const body = {
      errors: [
        {
          data: {
            errors: [
              { message: 'Use YYYY-MM', path: 'scope.period' },
              { message: 'Building not found', path: 'scope.buildings.0' },
            ],
          },
          message: 'The following fields are invalid: scope.period, scope.buildings.0',
          name: 'ValidationError',
        },
      ],
    }
    expect(apiErrors({ body, status: 400 })).toEqual({
      fieldErrors: { 'scope.buildings.0': 'Building not found', 'scope.period': 'Use YYYY-MM' },
      message: 'Check the highlighted fields.',
      status: 400,
    })
  })

  it("should pass a conflict's message through with its status", () => {
    expect(
      apiErrors({
        body: { errors: [{ message: 'The data changed since the dry-run; dry-run again' }] },
        status: 409,
      }),
    ).toEqual({
      fieldErrors: {},
      message: 'The data changed since the dry-run; dry-run again',
      status: 409,
    })
  })

  it('should say something useful for an answer that is not JSON', () => {
    expect(apiErrors({ body: '<html>', status: 403 }).message).toBe(
      'You are not allowed to do this.',
    )
    expect(apiErrors({ body: 'Bad gateway', status: 502 }).message).toBe(
      'The request failed (502).',
    )
  })
})
