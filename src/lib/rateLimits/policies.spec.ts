import { readFileSync } from 'node:fs'
import path from 'node:path'

import { RATE_LIMITS } from './policies'

/** docs/security/rate-limits.md lists every policy with the numbers in force. */
describe('the rate-limit policy document', () => {
  const doc = readFileSync(path.resolve('docs/security/rate-limits.md'), 'utf8')
  const rows = new Map(
    doc
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((line) => {
        const [name, points, window, , reason] = line
          .split('|')
          .slice(1, -1)
          .map((cell) => cell.trim())
        return [name.replaceAll('`', ''), { points, reason, window }]
      }),
  )

  it.each(Object.entries(RATE_LIMITS))('should document %s as it is', (name, policy) => {
    expect(rows.get(name)).toEqual({
      points: String(policy.points),
      reason: policy.reason,
      window: `${policy.seconds} s`,
    })
  })

  it('should document no policy that is gone', () => {
    expect([...rows.keys()].sort()).toEqual(Object.keys(RATE_LIMITS).sort())
  })
})
