import { clientFaultOf } from './clientFaultOf'

/** What drizzle throws: its own error around the driver's, which carries the SQLSTATE. */
const drizzleError = (code: string, message: string) =>
  Object.assign(new Error(`Failed query: select 1\nparams: x: ${message}`), {
    cause: Object.assign(new Error(message), { code }),
  })

describe('clientFaultOf', () => {
  it('should name the value the database refused, without the query', () => {
    const message = clientFaultOf(
      drizzleError('22003', 'value "2147483648" is out of range for type integer'),
    )
    expect(message).toBe(
      'A value in the request does not fit its field: value "2147483648" is out of range for type integer',
    )
    expect(message).not.toMatch(/select|Failed query/i)
  })

  it.each(['22P02', '22003', '22007', '22008', '22021', '2201W', '2201X', '22001', '22P05'])(
    'should take SQLSTATE %s as the client’s',
    (code) => {
      expect(clientFaultOf(drizzleError(code, 'bad value'))).not.toBeNull()
    },
  )

  it('should look through GraphQL’s originalError', () => {
    const inner = drizzleError('22P02', 'invalid input syntax for type integer: "x"')
    expect(clientFaultOf({ message: 'wrapped', originalError: inner })).toMatch(/invalid input/)
  })

  it('should leave every other error a server fault', () => {
    expect(clientFaultOf(drizzleError('22012', 'division by zero'))).toBeNull()
    expect(clientFaultOf(drizzleError('23505', 'duplicate key value'))).toBeNull()
    expect(clientFaultOf(drizzleError('42804', 'argument of LIMIT must be type bigint'))).toBeNull()
    expect(clientFaultOf(new TypeError('x is undefined'))).toBeNull()
    expect(clientFaultOf(null)).toBeNull()
    expect(clientFaultOf('text')).toBeNull()
  })
})
