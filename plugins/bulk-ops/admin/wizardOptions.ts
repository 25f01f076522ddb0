import type { PayloadRequest } from 'payload'

import type { BulkJob, BulkTemplate } from '../../../payload-types'
import { idsOf } from '../../../src/access/scopeOf'
import { BULK_JOBS, BULK_TEMPLATES } from '../constants'
import type { TemplateOption } from './jobForm'
import type { BulkViewScope } from './resolveBulkViewScope'

export type BuildingOption = { id: number; name: string }
export type ReversibleJob = { id: number; label: string }

export type WizardOptions = {
  buildings: BuildingOption[]
  /** Executed charge jobs, which a reversal can offset. */
  reversible: ReversibleJob[]
  templates: TemplateOption[]
}

const templateOption = (template: BulkTemplate): TemplateOption => ({
  id: template.id,
  action: template.action,
  apartments: idsOf(template.scope?.apartments),
  buildings: idsOf(template.scope?.buildings),
  name: template.name,
  parameters:
    template.parameters &&
    typeof template.parameters === 'object' &&
    !Array.isArray(template.parameters)
      ? (template.parameters as Record<string, unknown>)
      : {},
  period: template.scope?.period ?? null,
})

/**
 * What the wizard's first step offers the user, each read with the user's access: their buildings
 * (a manager's assigned ones), the office's templates, and the executed charge jobs a reversal
 * could offset.
 */
export const wizardOptions = async ({
  req,
  scope,
}: {
  req: PayloadRequest
  scope: BulkViewScope
}): Promise<WizardOptions> => {
  const inOffice = { tenant: { equals: scope.officeId } }
  const [buildings, templates, reversible] = await Promise.all([
    req.payload.find({
      collection: 'buildings',
      depth: 0,
      limit: 1_000,
      overrideAccess: false,
      req,
      select: { name: true },
      sort: 'name',
      user: req.user,
      where:
        scope.buildingIds === null
          ? inOffice
          : { and: [inOffice, { id: { in: scope.buildingIds } }] },
    }),
    req.payload.find({
      collection: BULK_TEMPLATES,
      depth: 0,
      limit: 100,
      overrideAccess: false,
      req,
      sort: 'name',
      user: req.user,
      where: inOffice,
    }),
    req.payload.find({
      collection: BULK_JOBS,
      depth: 0,
      limit: 50,
      overrideAccess: false,
      req,
      sort: '-createdAt',
      user: req.user,
      where: {
        and: [
          inOffice,
          { action: { in: ['common-expense-issue', 'recurring-expenses'] } },
          { status: { in: ['completed', 'completed-with-errors'] } },
        ],
      },
    }),
  ])
  return {
    buildings: buildings.docs.map((building) => ({ id: building.id, name: building.name })),
    reversible: (reversible.docs as BulkJob[]).map((job) => ({
      id: job.id,
      label: `#${job.id} · ${job.action === 'common-expense-issue' ? 'common expenses' : 'recurring expenses'} · ${job.scope?.period ?? '—'} · ${job.itemsSucceeded ?? 0} apartments`,
    })),
    templates: (templates.docs as BulkTemplate[]).map(templateOption),
  }
}
