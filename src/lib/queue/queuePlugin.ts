import type { Plugin } from 'payload'

import { readEnv } from '../env'
import { markApplied } from '../plugins/pluginOrder'
import { backgroundWorkPlan } from './backgroundWorkPlan'
import { startQueue, stopQueue } from './queueSingleton'
import { configuredTasks } from './registerTasks'
import { stopOnPayloadDestroy } from './stopOnPayloadDestroy'

/**
 * Connects the queue when Payload starts (after any earlier `onInit`) and runs this process's
 * workers unless `QUEUE_WORKERS=false`; stops it when Payload is destroyed. Place it after the
 * plugins that register tasks (a task registered after it throws: no worker would run it); tasks
 * are read from the sanitised config at start.
 */
export const queuePlugin = (): Plugin => (config) => ({
  ...markApplied(config, 'queue'),
  onInit: async (payload) => {
    await config.onInit?.(payload)
    const plan = backgroundWorkPlan(readEnv())
    if (!plan.shouldConnectQueue) return
    await startQueue({
      payload,
      tasks: configuredTasks(payload.config),
      workers: plan.shouldRunWorkers,
    })
    stopOnPayloadDestroy({ payload, stop: () => stopQueue() })
  },
})
