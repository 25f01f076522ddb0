import type { Plugin } from 'payload'

import { readEnv } from '../env'
import { assertPluginOrder, markApplied } from '../plugins/pluginOrder'
import { backgroundWorkPlan } from '../queue/backgroundWorkPlan'
import { activeQueueClient } from '../queue/queueSingleton'
import { stopOnPayloadDestroy } from '../queue/stopOnPayloadDestroy'
import { configuredSchedules } from './registerSchedules'
import { startScheduler, stopScheduler } from './schedulerSingleton'

/**
 * Starts the schedules' cron ticks when Payload starts, if `ENABLE_SCHEDULER` is on. Place it
 * after `queuePlugin`: it calls the earlier `onInit` (which connects the queue) first.
 */
export const schedulerPlugin = (): Plugin => (config) => {
  assertPluginOrder(config, { after: ['queue'], plugin: 'scheduler' })
  return {
    ...markApplied(config, 'scheduler'),
    onInit: async (payload) => {
      await config.onInit?.(payload)
      if (!backgroundWorkPlan(readEnv()).shouldRunScheduler) return
      startScheduler({
        client: await activeQueueClient(),
        logger: payload.logger,
        schedules: configuredSchedules(payload.config),
      })
      stopOnPayloadDestroy({ payload, stop: stopScheduler })
    },
  }
}
