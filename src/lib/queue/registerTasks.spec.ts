import { defineSchedule } from '../scheduler/defineSchedule'
import { configuredSchedules, registerSchedules } from '../scheduler/registerSchedules'
import { defineTask } from './defineTask'
import { configuredTasks, registerTasks } from './registerTasks'

const task = (name: string) => defineTask({ name, handler: async () => undefined })

describe('registerTasks', () => {
  it('should add tasks after those already registered, keeping the rest of the config', () => {
    const config = registerTasks(registerTasks({ custom: { other: 1 } }, [task('a')]), [
      task('b'),
      task('c'),
    ])
    expect(configuredTasks(config).map((t) => t.name)).toEqual(['a', 'b', 'c'])
    expect(config.custom?.other).toBe(1)
  })

  it('should find no tasks on a config without any', () => {
    expect(configuredTasks({})).toEqual([])
  })

  it('should register schedules the same way, beside the tasks', () => {
    const schedule = defineSchedule({ name: 's', cron: '0 3 * * *', task: 'a' })
    const config = registerSchedules(registerTasks({}, [task('a')]), [schedule])
    expect(configuredSchedules(config)).toEqual([schedule])
    expect(configuredTasks(config)).toHaveLength(1)
  })
})
