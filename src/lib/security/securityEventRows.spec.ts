import { securityEventRows } from './securityEventRows'
import type { SecurityEventInput } from './securityEventRows'

describe('securityEventRows', () => {
  it('should keep a well-formed event as it is, stamped with the trace id', () => {
    expect(
      securityEventRows(
        [
          {
            accountKey: 'a'.repeat(32),
            address: '198.51.100.7',
            detail: { policy: 'login-address', retry: 3 },
            kind: 'login-rate-limited',
            officeId: 4,
            userId: 9,
          },
        ],
        'f'.repeat(32),
      ),
    ).toEqual([
      {
        account_key: 'a'.repeat(32),
        actor_id: 9,
        address: '198.51.100.7',
        detail: { policy: 'login-address', retry: 3 },
        kind: 'login-rate-limited',
        tenant_id: 4,
        trace_id: 'f'.repeat(32),
      },
    ])
  })

  it('should never store an e-mail as the account, nor an id no row can have', () => {
    const [row] = securityEventRows(
      [
        {
          accountKey: 'owner@example.gr',
          address: '',
          kind: 'login-failed',
          officeId: 2_147_483_648,
          userId: 1.5,
        },
      ],
      null,
    )
    expect(row).toMatchObject({ account_key: null, actor_id: null, address: null, tenant_id: null })
  })

  it('should drop unknown kinds, clip long text and keep the detail flat and small', () => {
    const detail = Object.fromEntries(
      Array.from({ length: 20 }, (_, index) => [`k${index}`, 'x'.repeat(500)]),
    )
    const rows = securityEventRows(
      [
        { kind: 'nonsense' } as unknown as SecurityEventInput,
        {
          address: '1'.repeat(100),
          detail: { ...detail, nested: { a: 1 } as unknown as string, n: Number.NaN },
          kind: 'forbidden',
        },
      ],
      null,
    )
    expect(rows).toHaveLength(1)
    expect(rows[0].address).toHaveLength(64)
    expect(Object.keys(rows[0].detail)).toHaveLength(12)
    expect(rows[0].detail.k0).toHaveLength(200)
  })
})
