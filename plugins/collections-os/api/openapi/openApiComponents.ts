import type { z } from 'zod'

import { policyCreateBody, policyPatchBody, policyStep } from '../schemas/policySchemas'
import { promiseCreateBody, promisePatchBody } from '../schemas/promiseSchemas'
import {
  errorBody,
  eventDoc,
  eventPage,
  policyDoc,
  policyPage,
  promiseDoc,
  promisePage,
  routeNotFoundBody,
  runDoc,
  runPage,
  runWithEvents,
  validationErrorBody,
} from '../schemas/responseSchemas'
import { triggerRunBody } from '../schemas/runSchemas'

/**
 * The named schemas of the OpenAPI document (`#/components/schemas/<name>`). Every body and answer
 * a route names must be here; a schema nested in another one becomes a `$ref` to its name.
 */
export const openApiComponents: Record<string, z.ZodType> = {
  Error: errorBody,
  Policy: policyDoc,
  PolicyCreate: policyCreateBody,
  PolicyPage: policyPage,
  PolicyPatch: policyPatchBody,
  PolicyStep: policyStep,
  Promise: promiseDoc,
  PromiseCreate: promiseCreateBody,
  PromisePage: promisePage,
  PromisePatch: promisePatchBody,
  RouteNotFound: routeNotFoundBody,
  Run: runDoc,
  RunEvent: eventDoc,
  RunEventPage: eventPage,
  RunPage: runPage,
  RunTrigger: triggerRunBody,
  RunWithEvents: runWithEvents,
  ValidationError: validationErrorBody,
}
