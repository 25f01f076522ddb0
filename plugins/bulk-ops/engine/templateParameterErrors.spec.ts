import { templateParameterErrors } from './templateParameterErrors'

describe('templateParameterErrors', () => {
  it('should accept valid parameters, and none where the action needs none', () => {
    expect(
      templateParameterErrors({
        action: 'common-expense-issue',
        parameters: { dueDate: '2026-03-10' },
      }),
    ).toEqual([])
    expect(templateParameterErrors({ action: 'export', parameters: undefined })).toEqual([])
  })

  it('should name each bad parameter by its path, unknown ones too', () => {
    const errors = templateParameterErrors({
      action: 'common-expense-issue',
      parameters: { colour: 'red', dueDate: '2026-02-30' },
    })
    expect(errors.map((error) => error.path).sort()).toEqual([
      'parameters.colour',
      'parameters.dueDate',
    ])
    expect(errors.find((error) => error.path === 'parameters.colour')?.message).toBe(
      'Unknown field',
    )
  })

  it('should refuse a reversal without the job it offsets', () => {
    expect(
      templateParameterErrors({ action: 'reversal', parameters: null }).map((error) => error.path),
    ).toEqual(['parameters'])
  })

  it('should not judge the scope, which a template may leave to the job', () => {
    expect(templateParameterErrors({ action: 'recurring-expenses', parameters: {} })).toEqual([])
  })
})
