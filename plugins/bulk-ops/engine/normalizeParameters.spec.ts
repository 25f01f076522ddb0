import { defaultDueDate } from './defaultDueDate'
import { normalizeParameters } from './normalizeParameters'
import { placeholderErrors } from '../../../src/lib/text/placeholders'
import { REMINDER_DEFAULTS, REMINDER_PLACEHOLDERS } from './reminderTemplate'
import { EXPORT_COLUMNS } from './types'

describe('normalizeParameters', () => {
  it('should default the due date to the 10th of the month after the period, across the year end', () => {
    expect(defaultDueDate('2026-02')).toBe('2026-03-10')
    expect(defaultDueDate('2026-12')).toBe('2027-01-10')
    expect(
      normalizeParameters({
        input: { action: 'common-expense-issue', scope: { period: '2026-05' } },
        locale: 'en',
        period: '2026-05',
      }),
    ).toEqual({ dueDate: '2026-06-10' })
    expect(
      normalizeParameters({
        input: { action: 'recurring-expenses', parameters: { dueDate: '2026-06-01' }, scope: {} },
        locale: 'en',
        period: '2026-05',
      }),
    ).toEqual({ dueDate: '2026-06-01' })
  })

  it('should write out the reminder defaults in the office language and keep what was given', () => {
    expect(
      normalizeParameters({
        input: { action: 'reminders', scope: {} },
        locale: 'el',
        period: null,
      }),
    ).toEqual({ channel: 'email', ...REMINDER_DEFAULTS.el })
    expect(
      normalizeParameters({
        input: {
          action: 'reminders',
          parameters: { channel: 'sms', template: '{amount}' },
          scope: {},
        },
        locale: 'en',
        period: null,
      }),
    ).toEqual({
      channel: 'sms',
      subject: REMINDER_DEFAULTS.en.subject,
      template: '{amount}',
    })
  })

  it('should export every column by default and keep the reversed job', () => {
    expect(
      normalizeParameters({ input: { action: 'export', scope: {} }, locale: 'en', period: null }),
    ).toEqual({ columns: [...EXPORT_COLUMNS] })
    expect(
      normalizeParameters({
        input: { action: 'reversal', parameters: { job: 4 } },
        locale: 'en',
        period: null,
      }),
    ).toEqual({ job: 4 })
  })

  it('should ship default templates that use only known placeholders', () => {
    for (const locale of ['el', 'en'] as const)
      expect(
        placeholderErrors({
          known: REMINDER_PLACEHOLDERS,
          template: REMINDER_DEFAULTS[locale].template,
        }),
      ).toEqual([])
  })
})
