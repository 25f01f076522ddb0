import type { z } from 'zod'

import type { BulkTemplate } from '../../../payload-types'
import { idsOf } from '../../../src/access/scopeOf'
import type { Relation } from '../../../src/access/scopeOf'
import type { jobCreateBody } from '../api/schemas/jobSchemas'

type JobCreateBody = z.output<typeof jobCreateBody>

/** What `createBulkJob` checks and records: an action with its scope and parameters. */
export type JobInput = {
  action: string
  parameters?: Record<string, unknown>
  scope?: { apartments?: number[]; buildings?: number[]; period?: string }
}

const ids = (values: readonly Relation[] | null | undefined): number[] | undefined => {
  const list = idsOf(values)
  return list.length > 0 ? list : undefined
}

/** A template as a job is made from it (its stored relations as ids or populated documents). */
export type TemplateInput = Pick<BulkTemplate, 'action' | 'parameters'> & {
  scope?: {
    apartments?: readonly Relation[] | null
    buildings?: readonly Relation[] | null
    period?: null | string
  } | null
}

const withoutEmpty = <T extends Record<string, unknown>>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T

/**
 * The job a create request asks for. Without a template: the body as sent. From a template: its
 * action, scope and parameters, where each scope field the body names (typically the period) and
 * the body's parameters replace the template's.
 */
export const jobInputOf = ({
  body,
  template,
}: {
  body: JobCreateBody
  template?: TemplateInput
}): JobInput => {
  if (!template)
    return withoutEmpty({
      action: body.action as string,
      parameters: body.parameters,
      scope: body.scope,
    })
  const stored = template.scope ?? {}
  const scope = withoutEmpty({
    apartments: body.scope?.apartments ?? ids(stored.apartments),
    buildings: body.scope?.buildings ?? ids(stored.buildings),
    period: body.scope?.period ?? stored.period ?? undefined,
  })
  const storedParameters = template.parameters as Record<string, unknown> | null | undefined
  return withoutEmpty({
    action: template.action,
    parameters: body.parameters ?? storedParameters ?? undefined,
    scope: Object.keys(scope).length > 0 ? scope : undefined,
  })
}
