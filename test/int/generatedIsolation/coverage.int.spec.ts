import configPromise from '@payload-config'
import { formatNames } from 'payload'

import { endpointCoverageOf } from '../../helpers/isolation/endpointCoverage'
import { graphQLNamesOf, schemaOperationsOf } from '../../helpers/isolation/graphqlOperations'
import { matrixSlugsOf } from '../../helpers/isolation/matrix'

/**
 * The generated matrices cover what the running config has: every collection, every endpoint and
 * every GraphQL operation is probed by a generated case or sits on a commented exemption. Something
 * added later that is neither fails here, by name, before it can ship without a boundary test.
 */
const config = await configPromise
const matrix = new Set(matrixSlugsOf(config))

/** Payload's own collections (preferences, locks, kv, migrations): Payload's access, no office. */
const isPayloadInternal = (slug: string) => slug.startsWith('payload-')

describe('coverage of the generated isolation matrix', () => {
  it('should probe every collection, or know it as one of Payload’s internals', () => {
    expect(config.collections.length).toBeGreaterThan(matrix.size)
    const uncovered = config.collections
      .map((collection) => collection.slug)
      .filter((slug) => !matrix.has(slug) && !isPayloadInternal(slug))
      .map((slug) => `${slug}: neither tenant-scoped (registerTenantScoped) nor exempt`)
    expect(uncovered).toEqual([])
    const unknown = [...matrix].filter((slug) => !config.collections.some((c) => c.slug === slug))
    expect(unknown).toEqual([])
  })

  it('should probe every endpoint, or name why not', () => {
    const coverage = endpointCoverageOf(config)
    expect(coverage.length).toBeGreaterThan(100)
    const uncovered = coverage
      .filter(({ coverage: covered }) => !covered)
      .map(({ endpoint }) =>
        endpoint.path.includes('/:id')
          ? `${endpoint.key}: an id endpoint with no collection in ID_TARGETS (test/helpers/isolation/endpointTargets.ts)`
          : `${endpoint.key}: in no probe table (LIST_PROBES, CREATE_PROBES) and not exempt (endpointCoverage.ts)`,
      )
    expect(uncovered).toEqual([])
  })

  it('should find the GraphQL names it derives in the generated schema', () => {
    const { mutations, queries } = schemaOperationsOf(config)
    const missing: string[] = []
    for (const slug of matrix) {
      const names = graphQLNamesOf(config.collections.find((c) => c.slug === slug)!)
      if (!names) continue
      for (const name of [names.one, names.list, names.count]) {
        if (!queries.has(name)) missing.push(`${slug}: query ${name}`)
      }
      for (const name of [names.update, names.delete]) {
        if (!mutations.has(name)) missing.push(`${slug}: mutation ${name}`)
      }
    }
    expect(missing).toEqual([])
  })

  // Recorded by name, not probed: without GraphQL there is nothing to call, which this checks.
  it.each(config.collections.filter((c) => !graphQLNamesOf(c)).map((c) => c.slug))(
    '%s has graphQL: false, so no GraphQL case: the schema has no operation of it',
    (slug) => {
      const { mutations, queries } = schemaOperationsOf(config)
      const { plural, singular } = formatNames(slug)
      const leaking = [...queries, ...mutations].filter(
        (name) => name.endsWith(singular) || name.endsWith(plural),
      )
      expect(leaking).toEqual([])
    },
  )

  it('should probe every GraphQL query and mutation, or name why not', () => {
    const { mutations, queries } = schemaOperationsOf(config)
    const claims = new Map<string, string>([['Access', "exempt: the caller's own permissions"]])
    for (const collection of config.collections) {
      const names = graphQLNamesOf(collection)
      if (!names) continue
      const { slug } = collection
      const singular = names.one
      if (isPayloadInternal(slug)) {
        for (const name of [...queries, ...mutations].filter(
          (n) => n.endsWith(singular) || n.endsWith(names.list),
        )) {
          claims.set(name, "exempt: Payload's internals")
        }
        continue
      }
      if (!matrix.has(slug)) continue
      for (const name of [names.one, names.list, names.count, names.update, names.delete]) {
        claims.set(name, `collection matrix: ${slug}`)
      }
      claims.set(
        names.create,
        'exempt: creates are probed in tenantIsolation.int.spec.ts (no body derivable)',
      )
      claims.set(
        names.duplicate,
        'exempt: needs a whole create input; REST POST /:id/duplicate probes the same operation',
      )
      claims.set(names.docAccess, "exempt: the caller's own permissions for an id")
      if (collection.auth) {
        for (const auth of [
          'me',
          'initialized',
          'refreshToken',
          'logout',
          'unlock',
          'login',
          'forgotPassword',
          'resetPassword',
          'verifyEmail',
        ]) {
          claims.set(`${auth}${singular}`, "exempt: auth acts on the caller's session or a token")
        }
      }
      // Version operations exist only for collections with versions, which the matrix does not probe yet.
    }
    const unclaimed = [
      ...[...queries].filter((name) => !claims.has(name)).map((name) => `query ${name}`),
      ...[...mutations].filter((name) => !claims.has(name)).map((name) => `mutation ${name}`),
    ]
    expect(unclaimed).toEqual([])
    expect(queries.size + mutations.size).toBeGreaterThan(100)
  })
})
