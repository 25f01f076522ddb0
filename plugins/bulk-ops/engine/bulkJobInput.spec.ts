import { parseBulkJobInput } from './bulkJobInput'

const errorsOf = (input: unknown) => parseBulkJobInput(input).errors ?? []
const paths = (input: unknown) => errorsOf(input).map((error) => error.path)

describe('parseBulkJobInput', () => {
  it('should accept each action with its parameters', () => {
    expect(
      parseBulkJobInput({
        action: 'common-expense-issue',
        parameters: { dueDate: '2026-03-10' },
        scope: { buildings: [1], period: '2026-02' },
      }).data,
    ).toBeDefined()
    expect(
      parseBulkJobInput({
        action: 'recurring-expenses',
        scope: { apartments: [4, 5], period: '2026-12' },
      }).data,
    ).toBeDefined()
    expect(
      parseBulkJobInput({
        action: 'reminders',
        parameters: {
          channel: 'sms',
          subject: 'Hi',
          template: 'Dear {owner}: {amount} {paymentLink}',
        },
        scope: { buildings: [1] },
      }).data,
    ).toBeDefined()
    expect(
      parseBulkJobInput({
        action: 'export',
        parameters: { columns: ['apartment', 'balance'] },
        scope: { buildings: [1] },
      }).data,
    ).toBeDefined()
    expect(parseBulkJobInput({ action: 'reversal', parameters: { job: 9 } }).data).toEqual({
      action: 'reversal',
      parameters: { job: 9 },
    })
  })

  it('should refuse an unknown or missing action', () => {
    expect(paths({ action: 'delete-everything', scope: { buildings: [1] } })).toEqual(['action'])
    expect(paths({ scope: { buildings: [1] } })).toEqual(['action'])
  })

  it('should refuse a job without buildings or apartments', () => {
    expect(paths({ action: 'export', scope: {} })).toEqual(['scope'])
    expect(paths({ action: 'export', scope: { apartments: [], buildings: [] } })).toEqual(['scope'])
    expect(paths({ action: 'export' })).toEqual(['scope'])
  })

  it('should require a well-formed period for the charge actions only', () => {
    expect(paths({ action: 'common-expense-issue', scope: { buildings: [1] } })).toEqual([
      'scope.period',
    ])
    expect(paths({ action: 'recurring-expenses', scope: { buildings: [1] } })).toEqual([
      'scope.period',
    ])
    expect(errorsOf({ action: 'export', scope: { buildings: [1], period: '2026-13' } })).toEqual([
      { message: 'Use YYYY-MM', path: 'scope.period' },
    ])
    expect(paths({ action: 'reminders', scope: { buildings: [1] } })).toEqual([])
  })

  it('should refuse ids that are not positive integers or that repeat', () => {
    expect(paths({ action: 'export', scope: { buildings: [0] } })).toEqual(['scope.buildings.0'])
    expect(paths({ action: 'export', scope: { buildings: ['1'] } })).toEqual(['scope.buildings.0'])
    expect(paths({ action: 'export', scope: { apartments: [1.5] } })).toEqual([
      'scope.apartments.0',
    ])
    expect(errorsOf({ action: 'export', scope: { apartments: [3, 3] } })).toEqual([
      { message: 'List each id once', path: 'scope.apartments' },
    ])
  })

  it('should refuse unknown keys in the scope and in the parameters', () => {
    expect(paths({ action: 'export', scope: { buildings: [1], office: 2 } })).toEqual([
      'scope.office',
    ])
    expect(
      paths({
        action: 'common-expense-issue',
        parameters: { due: '2026-03-10' },
        scope: { buildings: [1], period: '2026-02' },
      }),
    ).toEqual(['parameters.due'])
  })

  it('should refuse a due date that is not a calendar day', () => {
    const issue = (dueDate: string) =>
      paths({
        action: 'common-expense-issue',
        parameters: { dueDate },
        scope: { buildings: [1], period: '2026-02' },
      })
    expect(issue('2026-02-30')).toEqual(['parameters.dueDate'])
    expect(issue('10/03/2026')).toEqual(['parameters.dueDate'])
    expect(issue('2028-02-29')).toEqual([])
  })

  it('should refuse a reminder template with unknown placeholders or stray braces, an empty subject, an unknown channel', () => {
    const reminders = (parameters: Record<string, unknown>) =>
      errorsOf({ action: 'reminders', parameters, scope: { buildings: [1] } })
    expect(reminders({ template: 'Dear {name}' })).toEqual([
      {
        message: expect.stringContaining('Unknown placeholder {name}'),
        path: 'parameters.template',
      },
    ])
    expect(reminders({ template: 'You owe {amount' })).toEqual([
      { message: expect.stringContaining('Unmatched "{"'), path: 'parameters.template' },
    ])
    expect(reminders({ subject: '   ' }).map((e) => e.path)).toEqual(['parameters.subject'])
    expect(reminders({ channel: 'fax' }).map((e) => e.path)).toEqual(['parameters.channel'])
  })

  it('should refuse unknown, repeated or no export columns', () => {
    const exportOf = (columns: unknown) =>
      paths({ action: 'export', parameters: { columns }, scope: { buildings: [1] } })
    expect(exportOf(['balance', 'iban'])).toEqual(['parameters.columns.1'])
    expect(exportOf(['balance', 'balance'])).toEqual(['parameters.columns'])
    expect(exportOf([])).toEqual(['parameters.columns'])
  })

  it('should require the reversed job of a reversal', () => {
    expect(paths({ action: 'reversal' })).toEqual(['parameters'])
    expect(paths({ action: 'reversal', parameters: {} })).toEqual(['parameters.job'])
    expect(paths({ action: 'reversal', parameters: { job: -1 } })).toEqual(['parameters.job'])
  })
})
