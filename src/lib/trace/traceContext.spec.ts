import { currentTraceId, newTraceId, runWithTrace, traceIdFromTraceparent } from './traceContext'

describe('trace context', () => {
  it('should read the trace id of a valid traceparent', () => {
    expect(traceIdFromTraceparent('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01')).toBe(
      '4bf92f3577b34da6a3ce929d0e0e4736',
    )
  })

  it.each([
    [undefined],
    [''],
    ['garbage'],
    ['00-00000000000000000000000000000000-00f067aa0ba902b7-01'],
    ['00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01'],
  ])('should reject %p', (header) => {
    expect(traceIdFromTraceparent(header)).toBeNull()
  })

  it('should generate 32-hex trace ids', () => {
    expect(newTraceId()).toMatch(/^[0-9a-f]{32}$/)
    expect(newTraceId()).not.toBe(newTraceId())
  })

  it('should carry the trace id through async work', async () => {
    expect(currentTraceId()).toBeUndefined()
    await runWithTrace('a'.repeat(32), async () => {
      await new Promise((resolve) => setTimeout(resolve, 1))
      expect(currentTraceId()).toBe('a'.repeat(32))
    })
    expect(currentTraceId()).toBeUndefined()
  })
})
