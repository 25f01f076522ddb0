/** Queue names of the plugin's tasks (shared by the operations that enqueue and the tasks). */
export const BULK_EXECUTE_TASK = 'bulk.execute'
