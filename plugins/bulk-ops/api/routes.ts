import { defineRoute } from '../../../src/lib/api/apiRoute'
import type { ApiRoute } from '../../../src/lib/api/apiRoute'
import { jobCreateBody, jobDetailQuery, jobListQuery, retryBody } from './schemas/jobSchemas'
import {
  jobDetail,
  jobDoc,
  jobPage,
  jobWithItems,
  templateDoc,
  templatePage,
} from './schemas/responseSchemas'
import { templateCreateBody, templateListQuery, templatePatchBody } from './schemas/templateSchemas'

/**
 * The routes of `/api/office-ops/bulk/*`. The endpoints parse with their schemas and the OpenAPI
 * document (docs/api/bulk-ops.openapi.json) is generated from them, so the two cannot drift.
 */
export type BulkRoute = ApiRoute<'Jobs' | 'Templates'>

const route = defineRoute<BulkRoute['tag']>()

const JOBS = '/office-ops/bulk/jobs'
const TEMPLATES = '/office-ops/bulk/templates'

/** A step of a job's life (`POST /jobs/:id/<action>`): each one changes state, so each needs an Idempotency-Key. */
const jobAction = <R extends Omit<BulkRoute, 'idempotency' | 'method' | 'path' | 'tag'>>(
  action: string,
  definition: R,
) =>
  route({
    ...definition,
    idempotency: 'required',
    method: 'post',
    path: `${JOBS}/:id/${action}`,
    tag: 'Jobs',
  } as const)

export const bulkRoutes = {
  listJobs: route({
    method: 'get',
    operationId: 'listBulkJobs',
    path: JOBS,
    query: jobListQuery,
    success: {
      description: 'Jobs the caller may read, newest first',
      schema: jobPage,
      status: 200,
    },
    summary: 'List bulk jobs',
    tag: 'Jobs',
  }),
  createJob: route({
    body: jobCreateBody,
    idempotency: 'required',
    method: 'post',
    operationId: 'createBulkJob',
    path: JOBS,
    success: { description: 'The job, a draft: dry-run it next', schema: jobDoc, status: 201 },
    summary: 'Create a draft job (managers: only inside their buildings)',
    tag: 'Jobs',
  }),
  getJob: route({
    method: 'get',
    operationId: 'getBulkJob',
    path: `${JOBS}/:id`,
    query: jobDetailQuery,
    success: {
      description:
        'The job (with its trace id), a page of its items and its latest failed attempts',
      schema: jobDetail,
      status: 200,
    },
    summary: 'Read a bulk job with its items and errors',
    tag: 'Jobs',
  }),
  dryRunJob: jobAction('dry-run', {
    conflicts: 'The job is executing, was executed or was cancelled',
    operationId: 'dryRunBulkJob',
    success: {
      description:
        'The job, dry-run-ready, with its estimated impact, plan hash and the first page of its preview',
      schema: jobWithItems,
      status: 200,
    },
    summary: 'Plan the job without touching the ledger (again at will until it executes)',
  }),
  executeJob: jobAction('execute', {
    conflicts:
      'The job was not dry-run; the data changed since the dry-run (dry-run again); or it is executing or was executed already',
    operationId: 'executeBulkJob',
    success: {
      description: 'The job, executing; a worker runs its items (poll the job)',
      schema: jobDoc,
      status: 202,
    },
    summary: 'Execute a dry-run job on the data it was checked on',
  }),
  retryJob: jobAction('retry', {
    body: retryBody,
    conflicts: 'The job is executing, or neither completed with errors nor failed',
    operationId: 'retryBulkJob',
    success: {
      description: 'The job, executing again for its failed items',
      schema: jobDoc,
      status: 202,
    },
    summary: 'Retry failed items (all, or the given ones); succeeded items are never touched',
  }),
  cancelJob: jobAction('cancel', {
    conflicts: 'The job has started, or is cancelled already',
    operationId: 'cancelBulkJob',
    success: { description: 'The job, cancelled', schema: jobDoc, status: 200 },
    summary: 'Cancel a draft or dry-run job',
  }),
  listTemplates: route({
    method: 'get',
    operationId: 'listBulkTemplates',
    path: TEMPLATES,
    query: templateListQuery,
    success: {
      description: "Templates of the caller's offices, by name",
      schema: templatePage,
      status: 200,
    },
    summary: 'List bulk templates',
    tag: 'Templates',
  }),
  createTemplate: route({
    body: templateCreateBody,
    idempotency: 'required',
    method: 'post',
    operationId: 'createBulkTemplate',
    path: TEMPLATES,
    success: { description: 'The template', schema: templateDoc, status: 201 },
    summary: 'Create a bulk template (office admins and accountants)',
    tag: 'Templates',
  }),
  getTemplate: route({
    method: 'get',
    operationId: 'getBulkTemplate',
    path: `${TEMPLATES}/:id`,
    success: { description: 'The template', schema: templateDoc, status: 200 },
    summary: 'Read a bulk template',
    tag: 'Templates',
  }),
  updateTemplate: route({
    body: templatePatchBody,
    idempotency: 'optional',
    method: 'patch',
    operationId: 'updateBulkTemplate',
    path: `${TEMPLATES}/:id`,
    success: { description: 'The changed template', schema: templateDoc, status: 200 },
    summary: 'Change a bulk template (office admins and accountants)',
    tag: 'Templates',
  }),
  deleteTemplate: route({
    idempotency: 'optional',
    method: 'delete',
    operationId: 'deleteBulkTemplate',
    path: `${TEMPLATES}/:id`,
    success: { description: 'Deleted', status: 204 },
    summary: 'Delete a bulk template (jobs made from it stay)',
    tag: 'Templates',
  }),
} as const satisfies Record<string, BulkRoute>
