import { BulkJobError, invalid } from '../../operations/bulkJobError'
import { bulkErrorResponse } from './bulkErrorResponse'

describe('bulkErrorResponse', () => {
  it('should answer an invalid request with its field paths in the validation shape', async () => {
    const response = bulkErrorResponse(
      invalid([{ message: 'Required for this action', path: 'scope.period' }]),
    )
    expect(response?.status).toBe(400)
    expect((await response!.json()).errors[0]).toMatchObject({
      data: { errors: [{ message: 'Required for this action', path: 'scope.period' }] },
      name: 'ValidationError',
    })
  })

  it.each([
    ['not-dry-run', 409],
    ['plan-drift', 409],
    ['already-executing', 409],
    ['invalid-state', 409],
    ['not-found', 404],
    ['forbidden', 403],
  ] as const)('should answer %s with %i and the operation message', async (code, status) => {
    const response = bulkErrorResponse(
      new BulkJobError(code, 'The data changed since the dry-run; dry-run again'),
    )
    expect(response?.status).toBe(status)
    expect(await response?.json()).toEqual({
      errors: [{ message: 'The data changed since the dry-run; dry-run again' }],
    })
  })

  it('should leave every other error to be thrown', () => {
    expect(bulkErrorResponse(new Error('database down'))).toBeNull()
  })
})
