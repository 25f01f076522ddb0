import { registerTasks } from '../queue/registerTasks'
import { defineTask } from '../queue/defineTask'
import { registerSchedules } from '../scheduler/registerSchedules'
import { defineSchedule } from '../scheduler/defineSchedule'
import { registerTenantScoped } from '../tenancy/registerTenantScoped'
import { assertPluginOrder, markApplied } from './pluginOrder'

const task = defineTask({ name: 'late.task', handler: async () => undefined })

describe('plugin order', () => {
  it('should refuse tenant-scoped collections registered after the tenancy plugin, naming them', () => {
    const config = markApplied({}, 'tenancy')
    expect(() => registerTenantScoped(config, ['late-rows'])).toThrow(
      /Tenant-scoped collections late-rows registered after tenancyPlugin\(\) ran/,
    )
  })

  it('should refuse tasks registered after the queue plugin', () => {
    expect(() => registerTasks(markApplied({}, 'queue'), [task])).toThrow(
      /Tasks late\.task registered after queuePlugin\(\) ran/,
    )
  })

  it('should refuse schedules registered after the scheduler plugin', () => {
    const schedule = defineSchedule({ name: 'late', cron: '0 3 * * *', task: 'late.task' })
    expect(() => registerSchedules(markApplied({}, 'scheduler'), [schedule])).toThrow(
      /Schedules late registered after schedulerPlugin\(\) ran/,
    )
  })

  it('should accept registrations before the platform plugins', () => {
    const config = registerTasks(registerTenantScoped({}, ['rows']), [task])
    expect(() => markApplied(markApplied(config, 'tenancy'), 'queue')).not.toThrow()
  })

  it('should make a plugin that needs another one name the one missing before it', () => {
    expect(() =>
      assertPluginOrder(markApplied({}, 'tenancy'), { after: ['queue'], plugin: 'events' }),
    ).toThrow('eventsPlugin() must come after queuePlugin() in the plugins of payload.config.ts')
    expect(() =>
      assertPluginOrder(markApplied({}, 'queue'), { after: ['queue'], plugin: 'events' }),
    ).not.toThrow()
  })
})
