import { z } from 'zod'

import { zodFieldErrors } from './validationError'

const schema = z.strictObject({
  amount: z.number().int(),
  terms: z.strictObject({ days: z.number() }),
})

const errorsFor = (input: unknown) => {
  const result = schema.safeParse(input)
  if (result.success) throw new Error('expected a failure')
  return zodFieldErrors(result.error)
}

describe('zodFieldErrors', () => {
  it('should name each unknown key, nested ones by their full path', () => {
    expect(errorsFor({ amount: 1, status: 'kept', terms: { days: 1, extra: true } })).toEqual([
      { message: 'Unknown field', path: 'terms.extra' },
      { message: 'Unknown field', path: 'status' },
    ])
  })

  it('should give each bad value its dotted path', () => {
    expect(errorsFor({ amount: 1.5, terms: { days: 'x' } }).map((error) => error.path)).toEqual([
      'amount',
      'terms.days',
    ])
  })

  it('should call a missing body "(body)"', () => {
    expect(errorsFor(undefined)).toEqual([{ message: expect.any(String), path: '(body)' }])
  })
})
