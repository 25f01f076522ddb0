import type { Endpoint } from 'payload'

/** Endpoints the Collections admin views read from; the view reads on the server, so none today. */
export const collectionsAdminEndpoints: Endpoint[] = []

/** The Collections admin view (queue, runs, promises), as the import map names it. */
export const COLLECTIONS_VIEW_COMPONENT =
  '/plugins/collections-os/admin/CollectionsView#CollectionsView'
