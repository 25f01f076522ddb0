import { defineRoute } from '../../../src/lib/api/apiRoute'
import type { ApiRoute } from '../../../src/lib/api/apiRoute'
import { policyCreateBody, policyListQuery, policyPatchBody } from './schemas/policySchemas'
import { promiseCreateBody, promiseListQuery, promisePatchBody } from './schemas/promiseSchemas'
import {
  policyDoc,
  policyPage,
  promiseDoc,
  promisePage,
  runDoc,
  runPage,
  runWithEvents,
} from './schemas/responseSchemas'
import { runDetailQuery, runListQuery, triggerRunBody } from './schemas/runSchemas'

/**
 * The routes of `/api/collections/*`. The endpoints parse with their schemas and the OpenAPI
 * document (docs/api/collections.openapi.json) is generated from them, so the two cannot drift.
 */
export type CollectionsRoute = ApiRoute<'Policies' | 'Promises' | 'Runs'>

const route = defineRoute<CollectionsRoute['tag']>()

export const collectionsRoutes = {
  listPolicies: route({
    method: 'get',
    operationId: 'listPolicies',
    path: '/collections/policies',
    query: policyListQuery,
    success: {
      description: 'Policies the caller may read, by name',
      schema: policyPage,
      status: 200,
    },
    summary: 'List dunning policies',
    tag: 'Policies',
  }),
  createPolicy: route({
    body: policyCreateBody,
    idempotency: 'required',
    method: 'post',
    operationId: 'createPolicy',
    path: '/collections/policies',
    success: { description: 'The policy', schema: policyDoc, status: 201 },
    summary: 'Create a dunning policy (office admins and accountants)',
    tag: 'Policies',
  }),
  getPolicy: route({
    method: 'get',
    operationId: 'getPolicy',
    path: '/collections/policies/:id',
    success: { description: 'The policy', schema: policyDoc, status: 200 },
    summary: 'Read a dunning policy',
    tag: 'Policies',
  }),
  updatePolicy: route({
    body: policyPatchBody,
    idempotency: 'optional',
    method: 'patch',
    operationId: 'updatePolicy',
    path: '/collections/policies/:id',
    success: { description: 'The changed policy', schema: policyDoc, status: 200 },
    summary: 'Change a dunning policy (office admins and accountants)',
    tag: 'Policies',
  }),
  deletePolicy: route({
    conflicts: 'The policy has runs: deactivate it (isActive: false) instead',
    idempotency: 'optional',
    method: 'delete',
    operationId: 'deletePolicy',
    path: '/collections/policies/:id',
    success: { description: 'Deleted', status: 204 },
    summary: 'Delete a dunning policy that never ran',
    tag: 'Policies',
  }),
  listRuns: route({
    method: 'get',
    operationId: 'listRuns',
    path: '/collections/runs',
    query: runListQuery,
    success: {
      description: 'Runs the caller may read, newest first',
      schema: runPage,
      status: 200,
    },
    summary: 'List dunning runs',
    tag: 'Runs',
  }),
  getRun: route({
    method: 'get',
    operationId: 'getRun',
    path: '/collections/runs/:id',
    query: runDetailQuery,
    success: {
      description: 'The run and one page of its events',
      schema: runWithEvents,
      status: 200,
    },
    summary: 'Read a dunning run with its events',
    tag: 'Runs',
  }),
  triggerRun: route({
    body: triggerRunBody,
    conflicts: 'The policy is inactive',
    idempotency: 'required',
    method: 'post',
    operationId: 'triggerRun',
    path: '/collections/runs/trigger',
    success: { description: 'The queued run; a worker executes it', schema: runDoc, status: 202 },
    summary: 'Queue a manual (or dry) run of a policy',
    tag: 'Runs',
  }),
  replayRun: route({
    conflicts: 'The run is not failed or dead-letter',
    idempotency: 'required',
    method: 'post',
    operationId: 'replayRun',
    path: '/collections/runs/:id/replay',
    success: { description: 'The run, queued again', schema: runDoc, status: 202 },
    summary: 'Queue a failed or dead-letter run again',
    tag: 'Runs',
  }),
  listPromises: route({
    method: 'get',
    operationId: 'listPromises',
    path: '/collections/promises',
    query: promiseListQuery,
    success: {
      description: 'Promises the caller may read, newest first',
      schema: promisePage,
      status: 200,
    },
    summary: 'List promises to pay',
    tag: 'Promises',
  }),
  createPromise: route({
    body: promiseCreateBody,
    idempotency: 'required',
    method: 'post',
    operationId: 'createPromise',
    path: '/collections/promises',
    success: { description: 'The promise, active', schema: promiseDoc, status: 201 },
    summary: 'Record a promise to pay (office staff; managers for their buildings)',
    tag: 'Promises',
  }),
  getPromise: route({
    method: 'get',
    operationId: 'getPromise',
    path: '/collections/promises/:id',
    success: { description: 'The promise', schema: promiseDoc, status: 200 },
    summary: 'Read a promise to pay',
    tag: 'Promises',
  }),
  updatePromise: route({
    body: promisePatchBody,
    conflicts: 'The promise is no longer active',
    idempotency: 'optional',
    method: 'patch',
    operationId: 'updatePromise',
    path: '/collections/promises/:id',
    success: { description: 'The promise with its new terms', schema: promiseDoc, status: 200 },
    summary: 'Change the terms of an active promise',
    tag: 'Promises',
  }),
  deletePromise: route({
    conflicts: 'The promise was kept or broken: it is history the dunning engine reads',
    idempotency: 'optional',
    method: 'delete',
    operationId: 'deletePromise',
    path: '/collections/promises/:id',
    success: { description: 'Deleted', status: 204 },
    summary: 'Delete an active or cancelled promise',
    tag: 'Promises',
  }),
  cancelPromise: route({
    conflicts: 'The promise is not active',
    idempotency: 'required',
    method: 'post',
    operationId: 'cancelPromise',
    path: '/collections/promises/:id/cancel',
    success: { description: 'The promise, cancelled', schema: promiseDoc, status: 200 },
    summary: 'Cancel an active promise',
    tag: 'Promises',
  }),
} as const satisfies Record<string, CollectionsRoute>
