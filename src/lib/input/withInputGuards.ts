import type { CollectionConfig } from 'payload'

import { absentFeatureEndpoints } from './absentFeatureEndpoints'
import { answerMissingFile } from './answerMissingFile'
import { guardOperationArgs } from './guardOperationArgs'

const GUARDED = 'inputGuarded'

/** Whether `withInputGuards` already shaped this collection. */
export const isGuarded = (collection: CollectionConfig): boolean =>
  collection.custom?.[GUARDED] === true

/**
 * A collection with the input guards: `guardOperationArgs` first among its `beforeOperation`
 * hooks, 404s for the built-in endpoints of features it does not have (`absentFeatureEndpoints`,
 * before its own endpoints), and, for an upload collection serving from disk, a 404 for a file
 * name with no file (`answerMissingFile`, first of its file handlers).
 */
export const withInputGuards = <C extends CollectionConfig>(collection: C): C => {
  if (isGuarded(collection)) return collection
  const upload = collection.upload
  const staticDir = typeof upload === 'object' ? upload.staticDir : undefined
  return {
    ...collection,
    custom: { ...collection.custom, [GUARDED]: true },
    endpoints:
      collection.endpoints === false
        ? false
        : [...absentFeatureEndpoints(collection), ...(collection.endpoints ?? [])],
    hooks: {
      ...collection.hooks,
      beforeOperation: [guardOperationArgs, ...(collection.hooks?.beforeOperation ?? [])],
    },
    ...(typeof upload === 'object' && staticDir
      ? {
          upload: {
            ...upload,
            handlers: [answerMissingFile(staticDir), ...(upload.handlers ?? [])],
          },
        }
      : {}),
  }
}
