import type { Plugin } from 'payload'

import { readEnv } from '../env'
import { backgroundWorkPlan } from '../queue/backgroundWorkPlan'
import { activeQueueClient } from '../queue/queueSingleton'
import { stopOnPayloadDestroy } from '../queue/stopOnPayloadDestroy'
import { assertPluginOrder, markApplied } from '../plugins/pluginOrder'
import { configuredListeners } from './registerListeners'
import { startEventDispatcher, stopEventDispatcher } from './startEventDispatcher'

/**
 * Starts the outbox dispatcher when Payload starts in a process that runs the queue's workers
 * (several such processes share the outbox). Place it right after `queuePlugin`: its `onInit`
 * runs the earlier ones first, which connect the queue.
 */
export const eventsPlugin = (): Plugin => (config) => {
  assertPluginOrder(config, { after: ['queue'], plugin: 'events' })
  return {
    ...markApplied(config, 'events'),
    onInit: async (payload) => {
      await config.onInit?.(payload)
      const env = readEnv()
      if (!backgroundWorkPlan(env).shouldRunWorkers) return
      startEventDispatcher({
        client: await activeQueueClient(),
        intervalSeconds: env.events.dispatchIntervalSeconds,
        listeners: configuredListeners(payload.config),
        payload,
      })
      stopOnPayloadDestroy({ payload, stop: stopEventDispatcher })
    },
  }
}
