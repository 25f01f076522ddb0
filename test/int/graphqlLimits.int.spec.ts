import type { Payload } from 'payload'

import { GRAPHQL_LIMITS } from '../../src/lib/graphql/graphqlLimits'
import { graphql } from '../helpers/http'
import { startPayload } from '../helpers/testPayload'
import { buildWorld } from '../helpers/world'
import type { World } from '../helpers/world'

/**
 * GraphQL runs nothing of a request beyond its limits: 100 aliased sign-ins (a password guessed
 * 100 times for one request's price), nesting past the depth limit, too many root fields. Refused
 * in validation, so the answer has errors and no `data` (HTTP 200 for `application/json`, as the
 * GraphQL-over-HTTP spec has it; 400 for `application/graphql-response+json`).
 */
let payload: Payload
let world: World

beforeAll(async () => {
  payload = await startPayload()
  world = await buildWorld(payload)
})

const loginAttemptsOf = async (id: number) =>
  (
    (await payload.db.findOne({ collection: 'users', where: { id: { equals: id } } })) as {
      loginAttempts?: null | number
    } | null
  )?.loginAttempts ?? 0

describe('GraphQL limits', () => {
  it('should refuse aliased sign-ins as a whole, trying no password', async () => {
    const target = world.actors.managerA.user
    const before = await loginAttemptsOf(target.id)
    const aliases = Array.from(
      { length: 100 },
      (_, i) => `a${i}: loginUser(email: "${target.email}", password: "guess-${i}") { token }`,
    ).join('\n')
    const { body } = await graphql(`mutation { ${aliases} }`)
    expect(body.errors?.map((error) => error.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/100 sign-in, reset or unlock mutations/)]),
    )
    expect(body.data).toBeUndefined()
    expect(await loginAttemptsOf(target.id)).toBe(before)
  })

  it('should refuse nesting past the depth limit and take a query within it', async () => {
    const token = world.actors.adminA.token
    const within = await graphql(
      '{ Charges(limit: 1) { docs { apartment { building { name } } } } }',
      {
        token,
      },
    )
    expect([within.status, within.body.errors]).toEqual([200, undefined])

    // A job reverses a job: a chain as deep as one likes, every field of it valid.
    const chain = (levels: number) =>
      `{ BulkJobs { docs { ${'reverses { '.repeat(levels)}id${' }'.repeat(levels)} } } }`
    const refused = await graphql(chain(GRAPHQL_LIMITS.maxDepth), { token })
    expect(refused.body.data).toBeUndefined()
    expect(refused.body.errors?.map((error) => error.message)).toEqual([
      expect.stringMatching(/nested 13 levels deep; at most 10/),
    ])
    expect(
      (await graphql(chain(GRAPHQL_LIMITS.maxDepth - 4), { token })).body.errors,
    ).toBeUndefined()
  })

  it('should refuse more root fields than allowed', async () => {
    const token = world.actors.adminA.token
    const roots = (n: number) =>
      Array.from({ length: n }, (_, i) => `c${i}: Charges(limit: 1) { totalDocs }`).join(' ')
    const allowed = await graphql(`{ ${roots(GRAPHQL_LIMITS.maxRootFields)} }`, { token })
    expect(allowed.body.errors).toBeUndefined()
    const refused = await graphql(`{ ${roots(GRAPHQL_LIMITS.maxRootFields + 1)} }`, { token })
    expect(refused.body.data).toBeUndefined()
    expect(refused.body.errors?.[0]?.message).toMatch(/21 root fields/)
  })
})
