import { configToSchema } from '@payloadcms/graphql'
import { formatNames, toWords } from 'payload'
import type { SanitizedCollectionConfig, SanitizedConfig } from 'payload'

/** A collection's GraphQL names, derived the way `@payloadcms/graphql` derives them. */
export type GraphQLNames = {
  count: string
  create: string
  delete: string
  docAccess: string
  duplicate: string
  list: string
  one: string
  update: string
}

/**
 * `Charge`, `Charges`, `updateCharge`...: the collection's `graphQL.singularName/pluralName` or
 * the names formatted from its slug, with `all` before a plural equal to the singular (as in
 * initCollections). `null` for a collection with `graphQL: false`, which has no operations.
 */
export const graphQLNamesOf = (collection: SanitizedCollectionConfig): GraphQLNames | null => {
  const graphQL = collection.graphQL
  if (graphQL === false) return null
  const fromSlug = formatNames(collection.slug)
  const singular = graphQL?.singularName ? toWords(graphQL.singularName, true) : fromSlug.singular
  let plural = graphQL?.pluralName ? toWords(graphQL.pluralName, true) : fromSlug.plural
  if (plural === singular) plural = `all${singular}`
  return {
    count: `count${plural}`,
    create: `create${singular}`,
    delete: `delete${singular}`,
    docAccess: `docAccess${singular}`,
    duplicate: `duplicate${singular}`,
    list: plural,
    one: singular,
    update: `update${singular}`,
  }
}

export type SchemaOperations = { mutations: Set<string>; queries: Set<string> }

/** Every root query and mutation of the schema the config generates (what /api/graphql serves). */
export const schemaOperationsOf = (config: SanitizedConfig): SchemaOperations => {
  const { schema } = configToSchema(config)
  return {
    mutations: new Set(Object.keys(schema.getMutationType()?.getFields() ?? {})),
    queries: new Set(Object.keys(schema.getQueryType()?.getFields() ?? {})),
  }
}

/** GraphQL input literals: objects and arrays spelled out, scalars as JSON. */
export const graphQLInput = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(graphQLInput).join(', ')}]`
  if (value && typeof value === 'object') {
    return `{ ${Object.entries(value)
      .map(([key, inner]) => `${key}: ${graphQLInput(inner)}`)
      .join(', ')} }`
  }
  return JSON.stringify(value)
}
