import { stat } from 'node:fs/promises'
import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { errorResponse } from '../http/errors'

type UploadHandler = NonNullable<
  Exclude<CollectionConfig['upload'], boolean | undefined>['handlers']
>[number]

/**
 * An upload collection's first file handler: a file name with no file on the disk is 404.
 * Payload's own serving answers it 500 when the caller may read every file (it then looks for no
 * document first). Anything else goes on to Payload's serving, which checks the name again.
 */
export const answerMissingFile = (staticDir: string): UploadHandler => {
  const directory = path.resolve(staticDir)
  const handler = async (
    _req: unknown,
    { params }: { params: { filename: string } },
  ): Promise<Response | undefined> => {
    // Where Payload's serving looks: the static directory, the name as given.
    const file = path.resolve(directory, params.filename)
    if (!file.startsWith(directory + path.sep)) return errorResponse(400, 'Invalid file name')
    try {
      await stat(file)
      return undefined
    } catch {
      return errorResponse(404, 'File not found')
    }
  }
  // Payload's type has no "go on" for an async handler, though it goes on when one resolves to
  // anything but a Response.
  return handler as UploadHandler
}
