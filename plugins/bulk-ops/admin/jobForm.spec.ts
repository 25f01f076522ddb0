import {
  emptyJobForm,
  fieldErrorFor,
  jobFormFromTemplate,
  jobRequestBody,
  templateRequestBody,
} from './jobForm'

describe('jobRequestBody', () => {
  it('should send a charge issue with its scope, period and only the parameters the user set', () => {
    const state = { ...emptyJobForm('2031-01'), buildings: [4, 5] }
    expect(jobRequestBody(state)).toEqual({
      action: 'common-expense-issue',
      scope: { buildings: [4, 5], period: '2031-01' },
    })
    expect(jobRequestBody({ ...state, dueDate: ' 2031-02-15 ' })).toEqual({
      action: 'common-expense-issue',
      parameters: { dueDate: '2031-02-15' },
      scope: { buildings: [4, 5], period: '2031-01' },
    })
  })

  it('should leave the period out for actions that issue no charges', () => {
    const state = {
      ...emptyJobForm('2031-01'),
      action: 'reminders' as const,
      apartments: [7],
      channel: 'sms' as const,
      subject: 'Balance',
    }
    expect(jobRequestBody(state)).toEqual({
      action: 'reminders',
      parameters: { channel: 'sms', subject: 'Balance' },
      scope: { apartments: [7] },
    })
  })

  it('should send a reversal with the job to reverse and no scope unless narrowed', () => {
    const state = { ...emptyJobForm('2031-01'), action: 'reversal' as const, reverseJob: '12' }
    expect(jobRequestBody(state)).toEqual({ action: 'reversal', parameters: { job: 12 } })
    expect(jobRequestBody({ ...state, buildings: [3] })).toEqual({
      action: 'reversal',
      parameters: { job: 12 },
      scope: { buildings: [3] },
    })
  })

  it('should send an empty scope rather than none, so the server names the missing buildings', () => {
    expect(jobRequestBody({ ...emptyJobForm(''), action: 'export' })).toEqual({
      action: 'export',
      scope: {},
    })
  })

  it('should put the trimmed name on a template', () => {
    expect(
      templateRequestBody('  Monthly issue ', { ...emptyJobForm('2031-01'), buildings: [1] }),
    ).toEqual({
      action: 'common-expense-issue',
      name: 'Monthly issue',
      scope: { buildings: [1], period: '2031-01' },
    })
  })
})

describe('jobFormFromTemplate', () => {
  it('should fill the form from a template and keep the chosen period when the template has none', () => {
    const current = emptyJobForm('2031-03')
    const filled = jobFormFromTemplate(
      {
        id: 1,
        action: 'reminders',
        apartments: [],
        buildings: [2],
        name: 'Reminders',
        parameters: { channel: 'letter', subject: 'Hi', template: 'Dear {owner}' },
        period: null,
      },
      current,
    )
    expect(filled).toMatchObject({
      action: 'reminders',
      buildings: [2],
      channel: 'letter',
      period: '2031-03',
      subject: 'Hi',
      template: 'Dear {owner}',
    })
  })
})

describe('fieldErrorFor', () => {
  it('should find a field error by its path or a path under it', () => {
    const errors = {
      'parameters.dueDate': 'Use a real date',
      'scope.buildings.1': 'Building not found',
    }
    expect(fieldErrorFor(errors, 'scope.buildings')).toBe('Building not found')
    expect(fieldErrorFor(errors, 'parameters.dueDate')).toBe('Use a real date')
    expect(fieldErrorFor(errors, 'scope.period')).toBeUndefined()
  })
})
