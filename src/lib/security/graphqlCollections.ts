import { formatNames, toWords } from 'payload'

type GraphqlCollectionLike = {
  graphQL?: false | { pluralName?: string; singularName?: string }
  slug: string
}

/** A collection's GraphQL names as Payload gives them (`Building`, `Buildings`). */
const namesOf = (collection: GraphqlCollectionLike) => {
  const fromSlug = formatNames(collection.slug)
  const graphQL = collection.graphQL || {}
  const singular = graphQL.singularName ? toWords(graphQL.singularName, true) : fromSlug.singular
  const plural = graphQL.pluralName ? toWords(graphQL.pluralName, true) : fromSlug.plural
  return { plural: plural === singular ? `all${singular}` : plural, singular }
}

/**
 * The collection behind each GraphQL root field of a collection: the ones that name a row by
 * `id` (`Building`, `updateBuilding`, `deleteBuilding`), so a 404 can be tied to the row asked
 * for, and the list (`Buildings`), so a 403 names its collection. Collections without GraphQL
 * have no fields. Pure.
 */
export const graphqlCollectionFields = (
  collections: readonly GraphqlCollectionLike[],
): Map<string, string> =>
  new Map(
    collections
      .filter((collection) => collection.graphQL !== false)
      .flatMap((collection) => {
        const { plural, singular } = namesOf(collection)
        return [singular, `update${singular}`, `delete${singular}`, plural].map(
          (field) => [field, collection.slug] as const,
        )
      }),
  )
