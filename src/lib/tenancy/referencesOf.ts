import type { Field } from 'payload'

import { idOf } from '../../access/scopeOf'
import type { Relation } from '../../access/scopeOf'

/** One row id a document points at, and the field path a refusal is reported on. */
export type Reference = { id: number; path: string; relationTo: string }

type Data = Record<string, unknown> | null | undefined

/**
 * Every relationship and upload value in `data` that points into one of `targets`, walking groups,
 * rows, collapsibles, tabs, arrays and blocks as Payload nests their data. A has-many value is
 * reported on its field's path (that is where the admin shows the error); array rows by index.
 * Pure, so the shapes are unit-tested without a database.
 */
export const referencesOf = ({
  data,
  fields,
  prefix = '',
  targets,
}: {
  data: Data
  fields: readonly Field[]
  prefix?: string
  targets: ReadonlySet<string>
}): Reference[] => {
  if (!data || typeof data !== 'object') return []
  return fields.flatMap((field): Reference[] => {
    const walk = (inner: readonly Field[], value: unknown, path = prefix) =>
      referencesOf({ data: value as Data, fields: inner, prefix: path, targets })
    switch (field.type) {
      case 'relationship':
      case 'upload': {
        const value = data[field.name]
        if (value === undefined || value === null) return []
        const path = `${prefix}${field.name}`
        return (Array.isArray(value) ? value : [value])
          .map((item) => pointerOf(item, field.relationTo))
          .filter((pointer) => pointer !== null && targets.has(pointer.relationTo))
          .map((pointer) => ({ ...pointer!, path }))
      }
      case 'group':
        return 'name' in field && field.name
          ? walk(field.fields, data[field.name], `${prefix}${field.name}.`)
          : walk(field.fields, data)
      case 'row':
      case 'collapsible':
        return walk(field.fields, data)
      case 'tabs':
        return field.tabs.flatMap((tab) =>
          'name' in tab && tab.name
            ? walk(tab.fields, data[tab.name], `${prefix}${tab.name}.`)
            : walk(tab.fields, data),
        )
      case 'array':
        return rowsOf(data[field.name]).flatMap((row, index) =>
          walk(field.fields, row, `${prefix}${field.name}.${index}.`),
        )
      case 'blocks':
        return rowsOf(data[field.name]).flatMap((row, index) => {
          const block = (field.blocks ?? []).find((candidate) => candidate.slug === row.blockType)
          return block ? walk(block.fields, row, `${prefix}${field.name}.${index}.`) : []
        })
      default:
        return []
    }
  })
}

const rowsOf = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.filter((row) => row && typeof row === 'object') : []

/** A single or polymorphic relationship value as (collection, id); unreadable values are left to validation. */
const pointerOf = (
  item: unknown,
  relationTo: string | string[],
): { id: number; relationTo: string } | null => {
  if (!Array.isArray(relationTo)) {
    const id = idOf(item as Relation)
    return id === null ? null : { id, relationTo }
  }
  const polymorphic = item as { relationTo?: unknown; value?: Relation } | null
  const id = idOf(polymorphic?.value)
  return typeof polymorphic?.relationTo === 'string' && id !== null
    ? { id, relationTo: polymorphic.relationTo }
    : null
}
