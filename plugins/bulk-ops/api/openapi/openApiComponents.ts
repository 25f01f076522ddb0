import type { z } from 'zod'

import { jobCreateBody, retryBody } from '../schemas/jobSchemas'
import {
  itemDoc,
  itemErrorDoc,
  itemErrorPage,
  itemPage,
  jobDetail,
  jobDoc,
  jobPage,
  jobWithItems,
  templateDoc,
  templatePage,
} from '../schemas/responseSchemas'
import { templateCreateBody, templatePatchBody } from '../schemas/templateSchemas'

/**
 * The named schemas of the OpenAPI document (`#/components/schemas/<name>`). Every body and answer
 * a route names must be here; a schema nested in another one becomes a `$ref` to its name. The
 * error answers every feature API shares are added by `buildOpenApi`.
 */
export const openApiComponents: Record<string, z.ZodType> = {
  Job: jobDoc,
  JobCreate: jobCreateBody,
  JobDetail: jobDetail,
  JobItem: itemDoc,
  JobItemError: itemErrorDoc,
  JobItemErrorPage: itemErrorPage,
  JobItemPage: itemPage,
  JobPage: jobPage,
  JobRetry: retryBody,
  JobWithItems: jobWithItems,
  Template: templateDoc,
  TemplateCreate: templateCreateBody,
  TemplatePage: templatePage,
  TemplatePatch: templatePatchBody,
}
