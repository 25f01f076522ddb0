import type { FieldError } from '../../../src/lib/validation/validationError'
import type { BulkAction } from '../constants'
import { parseBulkJobInput } from './bulkJobInput'

/**
 * Field errors of a template's parameters for its action, by the same rules a job is created with
 * (`parseBulkJobInput`), so a template cannot hold a typo that every job made from it would
 * refuse. Only the parameters are judged: a template may leave the scope to the job.
 */
export const templateParameterErrors = ({
  action,
  parameters,
}: {
  action: BulkAction
  parameters?: null | Record<string, unknown>
}): FieldError[] =>
  (
    parseBulkJobInput({ action, parameters: parameters ?? undefined, scope: {} }).errors ?? []
  ).filter((error) => error.path === 'parameters' || error.path.startsWith('parameters.'))
