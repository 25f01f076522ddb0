import type { Payload } from 'payload'

import type { QueueClient } from '../queue/queueClient'
import type { ListenerDefinition } from './defineListener'
import { DISPATCH_BATCH, dispatchDomainEvents } from './dispatchDomainEvents'

type Dispatcher = { stop: () => Promise<void> }

// On globalThis for the same reason as the queue: Next.js may load this module twice.
const KEY = Symbol.for('building-office.event-dispatcher')
const store = globalThis as typeof globalThis & { [KEY]?: Dispatcher }

/**
 * Starts this process's outbox dispatcher once (later calls do nothing): where a process runs
 * the queue's workers, `eventsPlugin` (or `npm run worker`) starts it.
 */
export const startEventDispatcher = (args: Parameters<typeof runDispatcher>[0]): void => {
  if (store[KEY]) return
  store[KEY] = runDispatcher(args)
  args.payload.logger.info({
    msg: `domain events: dispatching every ${args.intervalSeconds} s to ${args.listeners.length} listener(s)`,
  })
}

/** Stops this process's dispatcher, after a dispatch in progress. Does nothing when none runs. */
export const stopEventDispatcher = async (): Promise<void> => {
  const dispatcher = store[KEY]
  if (!dispatcher) return
  delete store[KEY]
  await dispatcher.stop()
}

/**
 * Dispatches the outbox every `intervalSeconds` (and at once again while it finds full batches),
 * until the returned `stop` is called; `stop` waits for a dispatch in progress. A failed round is
 * logged and retried at the next tick: the events stay in the outbox meanwhile.
 */
const runDispatcher = ({
  client,
  intervalSeconds,
  listeners,
  payload,
}: {
  client: QueueClient
  intervalSeconds: number
  listeners: readonly ListenerDefinition[]
  payload: Payload
}): Dispatcher => {
  let isStopped = false
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> = Promise.resolve()

  const round = async () => {
    try {
      while (!isStopped && (await dispatchDomainEvents({ client, listeners })) === DISPATCH_BATCH);
    } catch (err) {
      payload.logger.error({
        err,
        msg: 'domain events: dispatch failed; retrying at the next tick',
      })
    }
    if (!isStopped) timer = setTimeout(tick, intervalSeconds * 1_000)
  }
  const tick = () => {
    running = round()
  }
  tick()
  return {
    stop: async () => {
      isStopped = true
      clearTimeout(timer)
      await running
    },
  }
}
