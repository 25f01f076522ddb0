import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { createScoped } from '../../src/access/createScoped'
import { FINANCIAL_WRITERS } from '../../src/access/financialWriters'
import { readScoped } from '../../src/access/readScoped'
import { writeScoped } from '../../src/access/writeScoped'
import { readEnv } from '../../src/lib/env'

const scope = { office: 'tenant' }
const writers = [...FINANCIAL_WRITERS, 'manager'] as const

/** Supporting documents (invoices, receipts) of an office, stored on disk under UPLOADS_DIR. */
export const Documents: CollectionConfig<'documents'> = {
  slug: 'documents',
  access: {
    create: createScoped({ fields: scope, writers }),
    delete: writeScoped({ fields: scope, writers }),
    read: readScoped(scope),
    update: writeScoped({ fields: scope, writers }),
  },
  admin: { group: 'Ledger' },
  fields: [{ name: 'title', type: 'text', maxLength: 200 }],
  upload: {
    mimeTypes: ['application/pdf', 'image/png', 'image/jpeg'],
    staticDir: path.resolve(readEnv().uploadsDir),
  },
}
