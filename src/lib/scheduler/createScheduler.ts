import cron from 'node-cron'
import type { ScheduledTask } from 'node-cron'
import type { Payload } from 'payload'

import { enqueue } from '../queue/enqueue'
import type { EnqueueResult } from '../queue/enqueue'
import type { QueueClient } from '../queue/queueClient'
import { newTraceId, runWithTrace } from '../trace/traceContext'
import type { ScheduleDefinition } from './defineSchedule'
import { schedulePeriodSeconds, tickKey } from './tickKey'

export type TickResult = EnqueueResult & { key: string; schedule: string; tick: Date }

export type Scheduler = {
  /** Starts the cron ticks (idempotent). */
  start: () => void
  stop: () => Promise<void>
  /** What a cron tick does, callable directly: enqueue the schedule's job for `tick`, deduped. */
  tick: (args: { name: string; tick: Date }) => Promise<TickResult>
}

/**
 * node-cron ticks that enqueue. Every instance may run one: a tick's job id derives from
 * (schedule name, tick truncated to the period), so the first instance to insert it wins and the
 * others get `isDuplicate`. The scheduler never runs the work itself; a worker does, with retries.
 * Throws at creation on an invalid cron, an unknown task or a repeated name.
 */
export const createScheduler = ({
  client,
  logger,
  onTick,
  schedules,
}: {
  client: QueueClient
  logger: Payload['logger']
  /** Called after every tick, e.g. for logs or metrics. */
  onTick?: (result: TickResult) => void
  schedules: ScheduleDefinition[]
}): Scheduler => {
  const byName = new Map<string, ScheduleDefinition>()
  for (const schedule of schedules) {
    if (byName.has(schedule.name))
      throw new Error(`Schedule "${schedule.name}" is registered twice`)
    if (!cron.validate(schedule.cron))
      throw new Error(`Schedule "${schedule.name}": invalid cron "${schedule.cron}"`)
    if (!client.tasks.has(schedule.task))
      throw new Error(`Schedule "${schedule.name}": unknown task "${schedule.task}"`)
    schedulePeriodSeconds(schedule)
    byName.set(schedule.name, schedule)
  }

  const tick: Scheduler['tick'] = async ({ name, tick: at }) => {
    const schedule = byName.get(name)
    if (!schedule) throw new Error(`Unknown schedule "${name}"`)
    const key = tickKey({ schedule, tick: at })
    // Each tick opens its own trace, which the job and everything it does inherit.
    const result = await runWithTrace(newTraceId(), () =>
      enqueue({ client, data: schedule.data ?? {}, key, name: schedule.task }),
    )
    const tickResult = { ...result, key, schedule: name, tick: at }
    logger.debug({
      jobId: result.id,
      msg: `scheduler: ${key} ${result.isDuplicate ? 'already enqueued' : 'enqueued'}`,
    })
    onTick?.(tickResult)
    return tickResult
  }

  let running: ScheduledTask[] = []
  return {
    start: () => {
      if (running.length) return
      running = [...byName.values()].map((schedule) =>
        cron.schedule(
          schedule.cron,
          async (context) => {
            try {
              await tick({ name: schedule.name, tick: context.date })
            } catch (err) {
              logger.error({ err, msg: `scheduler: tick of ${schedule.name} failed` })
            }
          },
          {
            name: `schedule:${schedule.name}`,
            noOverlap: true,
            timezone: schedule.timezone ?? 'UTC',
          },
        ),
      )
    },
    stop: async () => {
      const tasks = running
      running = []
      await Promise.all(tasks.map((task) => task.destroy()))
    },
    tick,
  }
}
