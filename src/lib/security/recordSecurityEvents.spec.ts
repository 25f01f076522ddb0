import { jest } from '@jest/globals'
import type { Payload } from 'payload'

import { metrics } from '../metrics/registry'
import { recordSecurityEvents } from './recordSecurityEvents'
import { rateLimitEventKind } from './recordRateLimitRefusal'

const fakePayload = (query: (text: string, values?: unknown[]) => Promise<unknown>) => {
  const error = jest.fn()
  const release = jest.fn()
  const pool = { connect: async () => ({ query, release }) }
  const payload = { db: { pool }, logger: { error } } as unknown as Payload
  return { error, payload, release }
}

const inserts = (query: jest.Mock<(text: string, values?: unknown[]) => Promise<unknown>>) =>
  query.mock.calls.filter(([text]) => text.includes('insert into security_events'))

const countOf = async (kind: string) => {
  const text = await metrics.securityEvents.get()
  return text.values.find((value) => value.labels.kind === kind)?.value ?? 0
}

describe('recordSecurityEvents', () => {
  it('should insert a batch in one statement, without waiting for the flush, and count each event', async () => {
    const query = jest.fn(async (_text: string, _values?: unknown[]) => ({ rows: [] }))
    const { payload, release } = fakePayload(query)
    const before = await countOf('forbidden')
    await recordSecurityEvents({
      events: [{ kind: 'forbidden' }, { kind: 'forbidden', officeId: 3 }],
      payload,
    })
    expect(query.mock.calls.map(([text]) => text.split('\n')[0].trim())).toEqual([
      'begin',
      'set local synchronous_commit = off',
      'insert into security_events',
      'commit',
    ])
    expect(release).toHaveBeenCalledTimes(1)
    const rows = JSON.parse(inserts(query)[0][1]![0] as string)
    expect(rows.map((row: { tenant_id: null | number }) => row.tenant_id)).toEqual([null, 3])
    expect(await countOf('forbidden')).toBe(before + 2)
  })

  it('should log, not throw, when the database refuses, and still count', async () => {
    const { error, payload, release } = fakePayload(async (text) => {
      if (text.includes('insert')) throw new Error('connection refused')
      return { rows: [] }
    })
    const before = await countOf('cross-office')
    await expect(
      recordSecurityEvents({ events: [{ kind: 'cross-office' }], payload }),
    ).resolves.toBeUndefined()
    expect(error).toHaveBeenCalledWith(
      expect.objectContaining({ msg: 'security events not recorded' }),
    )
    expect(release).toHaveBeenCalledTimes(1)
    expect(await countOf('cross-office')).toBe(before + 1)
  })

  it('should not touch the database for no events', async () => {
    const query = jest.fn(async (_text: string) => ({ rows: [] }))
    await recordSecurityEvents({ events: [], payload: fakePayload(query).payload })
    expect(query).not.toHaveBeenCalled()
  })
})

describe('rateLimitEventKind', () => {
  it('should tell sign-in limits from every other policy', () => {
    expect(rateLimitEventKind('login-account-address')).toBe('login-rate-limited')
    expect(rateLimitEventKind('login-address')).toBe('login-rate-limited')
    expect(rateLimitEventKind('forgot-password-account')).toBe('rate-limited')
    expect(rateLimitEventKind('api')).toBe('rate-limited')
  })
})
