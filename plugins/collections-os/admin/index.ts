/** The Collections admin view (queue, runs, promises), as the import map names it. */
export const COLLECTIONS_VIEW_COMPONENT =
  '/plugins/collections-os/admin/CollectionsView#CollectionsView'
