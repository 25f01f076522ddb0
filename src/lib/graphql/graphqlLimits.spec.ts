import { Kind, parse } from 'graphql'
import type { FragmentDefinitionNode, OperationDefinitionNode } from 'graphql'

import { GRAPHQL_LIMITS, operationLimitProblems } from './graphqlLimits'

const problemsOf = (source: string): string[] => {
  const document = parse(source)
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  )
  return document.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .flatMap((operation) => operationLimitProblems(operation, fragments))
}

const nested = (levels: number) => `{ ${'a { '.repeat(levels - 1)}id${' }'.repeat(levels - 1)} }`

describe('operationLimitProblems', () => {
  it('should take ordinary queries', () => {
    expect(problemsOf('{ Charges(limit: 10) { docs { id apartment { label } } } }')).toEqual([])
    expect(problemsOf(nested(GRAPHQL_LIMITS.maxDepth))).toEqual([])
  })

  it('should refuse nesting beyond the limit, through fragments too, and fragment cycles', () => {
    expect(problemsOf(nested(GRAPHQL_LIMITS.maxDepth + 1))).toEqual([
      expect.stringMatching(/nested 11 levels deep; at most 10/),
    ])
    const viaFragment = `{ a { ...F } } fragment F on T { b { c { d { e { f { g { h { i { j { id } } } } } } } } } }`
    expect(problemsOf(viaFragment)).toEqual([expect.stringMatching(/nested 11 levels/)])
    expect(problemsOf('{ a { ...F } } fragment F on T { b { ...F } }')).toEqual([
      expect.stringMatching(/nested endlessly/),
    ])
  })

  it('should refuse more root fields than allowed, aliases and root fragments counted', () => {
    const aliases = (n: number) =>
      Array.from({ length: n }, (_, i) => `c${i}: Charges { totalDocs }`).join(' ')
    expect(problemsOf(`{ ${aliases(GRAPHQL_LIMITS.maxRootFields)} }`)).toEqual([])
    expect(problemsOf(`{ ${aliases(GRAPHQL_LIMITS.maxRootFields + 1)} }`)).toEqual([
      expect.stringMatching(/21 root fields; at most 20/),
    ])
    expect(
      problemsOf(
        `{ ...R ...R } fragment R on Query { ${aliases(GRAPHQL_LIMITS.maxRootFields + 1)} }`,
      ),
    ).toEqual([expect.stringMatching(/21 root fields/)])
  })

  it('should allow one sign-in, reset or unlock per request', () => {
    const login = (i: number) => `l${i}: loginUser(email: "a@b.c", password: "p${i}") { token }`
    expect(problemsOf(`mutation { ${login(1)} }`)).toEqual([])
    expect(problemsOf(`mutation { ${login(1)} ${login(2)} }`)).toEqual([
      expect.stringMatching(/2 sign-in, reset or unlock mutations; one is allowed/),
    ])
    expect(
      problemsOf('mutation { forgotPasswordUser(email: "a@b.c") unlockUser(email: "a@b.c") }'),
    ).toHaveLength(1)
    expect(
      problemsOf('mutation { a: updateCharge(id: 1) { id } b: updateCharge(id: 2) { id } }'),
    ).toEqual([])
  })
})
