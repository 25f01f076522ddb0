import type { PayloadRequest } from 'payload'

import type { BulkTemplate } from '../../../payload-types'
import { BULK_TEMPLATES } from '../constants'
import { templateWrite } from './templateWrite'

/** Deletes a template (financial writers only). */
export const deleteBulkTemplate = async ({
  req,
  template,
}: {
  req: PayloadRequest
  template: BulkTemplate
}) => {
  templateWrite.assertWriter(req)
  await req.payload.delete({
    collection: BULK_TEMPLATES,
    id: template.id,
    overrideAccess: false,
    req,
  })
}
