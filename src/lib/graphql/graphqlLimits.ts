import { GraphQLError, Kind } from 'graphql'
import type {
  FragmentDefinitionNode,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql'

/**
 * What one GraphQL request may ask for. Payload's own complexity rule (`maxComplexity`) counts
 * fields; these bound what it does not: nesting (a query that follows relationships back and
 * forth), aliases at the root (100 `Charges` or 100 `loginUser` in one request), and attempts at
 * a password: one sign-in, reset or unlock per request, so the login rate limit counts requests.
 */
export const GRAPHQL_LIMITS = { maxAuthMutations: 1, maxDepth: 10, maxRootFields: 20 } as const

const AUTH_MUTATION = /^(login|forgotPassword|resetPassword|unlock|verifyEmail|refreshToken)[A-Z]/

type Fragments = Record<string, FragmentDefinitionNode | undefined>

/** The deepest field path of a selection set, following fragments (a cycle counts as too deep). */
const depthOf = (set: SelectionSetNode, fragments: Fragments, seen: ReadonlySet<string>): number =>
  Math.max(
    0,
    ...set.selections.map((selection) => {
      if (selection.kind === Kind.FIELD) {
        return selection.selectionSet ? 1 + depthOf(selection.selectionSet, fragments, seen) : 1
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        return depthOf(selection.selectionSet, fragments, seen)
      }
      const name = selection.name.value
      const fragment = fragments[name]
      if (!fragment) return 0
      if (seen.has(name)) return Number.POSITIVE_INFINITY
      return depthOf(fragment.selectionSet, fragments, new Set([...seen, name]))
    }),
  )

/** The root fields an operation selects, through fragments at the root, by field name. */
const rootFieldsOf = (set: SelectionSetNode, fragments: Fragments, seen = new Set<string>()) => {
  const names: string[] = []
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) names.push(selection.name.value)
    else if (selection.kind === Kind.INLINE_FRAGMENT) {
      names.push(...rootFieldsOf(selection.selectionSet, fragments, seen))
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value)
      const fragment = fragments[selection.name.value]
      if (fragment) names.push(...rootFieldsOf(fragment.selectionSet, fragments, seen))
    }
  }
  return names
}

const fragmentsOf = (context: ValidationContext): Fragments =>
  Object.fromEntries(
    context
      .getDocument()
      .definitions.filter(
        (definition): definition is FragmentDefinitionNode =>
          definition.kind === Kind.FRAGMENT_DEFINITION,
      )
      .map((definition) => [definition.name.value, definition]),
  )

/** Problems of one operation against `GRAPHQL_LIMITS`, as messages. Pure. */
export const operationLimitProblems = (
  operation: OperationDefinitionNode,
  fragments: Fragments,
): string[] => {
  const problems: string[] = []
  const depth = depthOf(operation.selectionSet, fragments, new Set())
  if (depth > GRAPHQL_LIMITS.maxDepth) {
    problems.push(
      `The query is nested ${Number.isFinite(depth) ? depth : 'endlessly'} levels deep; at most ${GRAPHQL_LIMITS.maxDepth} are allowed`,
    )
  }
  const roots = rootFieldsOf(operation.selectionSet, fragments)
  if (roots.length > GRAPHQL_LIMITS.maxRootFields) {
    problems.push(
      `The request asks for ${roots.length} root fields; at most ${GRAPHQL_LIMITS.maxRootFields} are allowed: send several requests`,
    )
  }
  const auth = roots.filter((name) => AUTH_MUTATION.test(name))
  if (operation.operation === 'mutation' && auth.length > GRAPHQL_LIMITS.maxAuthMutations) {
    problems.push(
      `The request holds ${auth.length} sign-in, reset or unlock mutations; one is allowed per request`,
    )
  }
  return problems
}

/** The limits as a graphql-js validation rule: a refused request runs nothing (HTTP 400). */
const limitsRule: ValidationRule = (context) => ({
  OperationDefinition: (operation) => {
    for (const message of operationLimitProblems(operation, fragmentsOf(context))) {
      context.reportError(new GraphQLError(message, { nodes: [operation] }))
    }
  },
})

/** Payload's `graphQL.validationRules`. */
export const graphqlLimitRules = (): ValidationRule[] => [limitsRule]
