import { errorMessage } from './errorMessage'

describe('errorMessage', () => {
  it('should put the code in front of a message that lacks it', () => {
    expect(errorMessage(Object.assign(new Error('connect refused'), { code: 'ESOCKET' }))).toBe(
      'ESOCKET: connect refused',
    )
  })

  it('should not repeat a code the message already names', () => {
    expect(
      errorMessage(
        Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:25'), { code: 'ECONNREFUSED' }),
      ),
    ).toBe('connect ECONNREFUSED 127.0.0.1:25')
  })

  it('should read error-like objects and plain values', () => {
    expect(errorMessage({ message: 'from another realm' })).toBe('from another realm')
    expect(errorMessage('just text')).toBe('just text')
  })
})
