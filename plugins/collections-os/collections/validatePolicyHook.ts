import { ValidationError } from 'payload'
import type { CollectionBeforeValidateHook } from 'payload'

import { validatePolicy } from '../engine/validatePolicy'
import { policyFromDoc } from './policyFromDoc'
import type { PolicyDoc } from './policyFromDoc'

/**
 * Runs the engine's policy rules on save (steps in increasing order, whole cents and days, known
 * template placeholders, a message in the office's language), so a policy that the dunning run
 * could not execute is refused with field errors instead of failing at 3 a.m.
 */
export const validatePolicyHook: CollectionBeforeValidateHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  if (!data) return data
  const merged = { ...originalDoc, ...data } as PolicyDoc
  const policy = policyFromDoc(merged)
  const office = policy.tenant
    ? await req.payload
        .findByID({
          collection: 'offices',
          depth: 0,
          id: policy.tenant,
          req,
          select: { locale: true },
        })
        .catch(() => null)
    : null
  const errors = validatePolicy({ locale: office?.locale ?? undefined, policy })
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors })
  return data
}
