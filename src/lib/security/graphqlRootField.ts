import { Kind, parse } from 'graphql'
import type { OperationDefinitionNode, ValueNode } from 'graphql'

/** The root field behind a GraphQL error: its real name (not the alias) and its `id` argument. */
export type GraphqlRootField = { id: unknown; name: string }

const valueOf = (node: ValueNode, variables: Record<string, unknown>): unknown => {
  switch (node.kind) {
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value)
    case Kind.STRING:
      return node.value
    case Kind.VARIABLE:
      return variables[node.name.value]
    default:
      return undefined
  }
}

/**
 * Which root field of `query` answers at `responseKey` (the first entry of a GraphQL error's
 * path, an alias or a name), with its `id` argument, so an error can be tied to a collection and
 * a row. Null for anything it cannot read (the query was already validated, but the hook must
 * never throw). Pure.
 */
export const graphqlRootField = ({
  operationName,
  query,
  responseKey,
  variables,
}: {
  operationName?: unknown
  query: unknown
  responseKey: unknown
  variables?: unknown
}): GraphqlRootField | null => {
  if (typeof query !== 'string' || typeof responseKey !== 'string') return null
  let operations: OperationDefinitionNode[]
  try {
    operations = parse(query).definitions.filter(
      (definition): definition is OperationDefinitionNode =>
        definition.kind === Kind.OPERATION_DEFINITION,
    )
  } catch {
    return null
  }
  const operation =
    typeof operationName === 'string'
      ? operations.find((candidate) => candidate.name?.value === operationName)
      : operations[0]
  const field = operation?.selectionSet.selections.find(
    (selection) =>
      selection.kind === Kind.FIELD && (selection.alias ?? selection.name).value === responseKey,
  )
  if (!field || field.kind !== Kind.FIELD) return null
  const vars =
    variables && typeof variables === 'object' ? (variables as Record<string, unknown>) : {}
  const idArgument = field.arguments?.find((argument) => argument.name.value === 'id')
  return { id: idArgument ? valueOf(idArgument.value, vars) : undefined, name: field.name.value }
}
