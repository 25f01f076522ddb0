import type { z } from 'zod'

import { policyCreateBody, policyPatchBody, policyStep } from '../schemas/policySchemas'
import { promiseCreateBody, promisePatchBody } from '../schemas/promiseSchemas'
import {
  eventDoc,
  eventPage,
  policyDoc,
  policyPage,
  promiseDoc,
  promisePage,
  runDoc,
  runPage,
  runWithEvents,
} from '../schemas/responseSchemas'
import { triggerRunBody } from '../schemas/runSchemas'

/**
 * The named schemas of the OpenAPI document (`#/components/schemas/<name>`). Every body and answer
 * a route names must be here; a schema nested in another one becomes a `$ref` to its name. The
 * error answers every feature API shares are added by `buildOpenApi`.
 */
export const openApiComponents: Record<string, z.ZodType> = {
  Policy: policyDoc,
  PolicyCreate: policyCreateBody,
  PolicyPage: policyPage,
  PolicyPatch: policyPatchBody,
  PolicyStep: policyStep,
  Promise: promiseDoc,
  PromiseCreate: promiseCreateBody,
  PromisePage: promisePage,
  PromisePatch: promisePatchBody,
  Run: runDoc,
  RunEvent: eventDoc,
  RunEventPage: eventPage,
  RunPage: runPage,
  RunTrigger: triggerRunBody,
  RunWithEvents: runWithEvents,
}
