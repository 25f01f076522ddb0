import type { PayloadRequest, RequiredDataFromCollectionSlug } from 'payload'
import type { z } from 'zod'

import type { ApiCaller } from '../../../src/lib/api/apiCaller'
import type { policyCreateBody } from '../api/schemas/policySchemas'
import { DUNNING_POLICIES } from '../constants'
import { policyOffice } from './policyOffice'

/**
 * A new dunning policy, in the office its building (or the caller) says, through the collection's
 * access; the collection validates the steps (`validatePolicyHook`) and answers its own 400s.
 */
export const createPolicy = async ({
  caller,
  input,
  req,
}: {
  caller: ApiCaller
  input: z.output<typeof policyCreateBody>
  req: PayloadRequest
}) => {
  const { office, ...fields } = input
  const tenant = await policyOffice({ building: fields.building ?? null, caller, office, req })
  return req.payload.create({
    collection: DUNNING_POLICIES,
    // The generated type calls fields with defaults required; the collection fills them in.
    data: { ...fields, tenant } as RequiredDataFromCollectionSlug<typeof DUNNING_POLICIES>,
    depth: 0,
    overrideAccess: false,
    req,
  })
}
