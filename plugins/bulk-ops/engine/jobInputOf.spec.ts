import { jobInputOf } from './jobInputOf'

const template = {
  action: 'common-expense-issue' as const,
  parameters: { dueDate: '2026-03-05' },
  scope: { apartments: [], buildings: [3, { id: 4 }], period: null },
}

describe('jobInputOf', () => {
  it('should pass a body without a template on as it was sent', () => {
    const body = {
      action: 'reminders' as const,
      parameters: { channel: 'sms' },
      scope: { buildings: [1] },
    }
    expect(jobInputOf({ body })).toEqual(body)
  })

  it("should take a template's action, buildings and parameters, and the period the body names", () => {
    expect(jobInputOf({ body: { scope: { period: '2026-02' }, template: 9 }, template })).toEqual({
      action: 'common-expense-issue',
      parameters: { dueDate: '2026-03-05' },
      scope: { buildings: [3, 4], period: '2026-02' },
    })
  })

  it("should let the body's scope fields and parameters replace the template's", () => {
    expect(
      jobInputOf({
        body: { parameters: {}, scope: { apartments: [7], period: '2026-04' }, template: 9 },
        template,
      }),
    ).toEqual({
      action: 'common-expense-issue',
      parameters: {},
      scope: { apartments: [7], buildings: [3, 4], period: '2026-04' },
    })
  })

  it('should leave out what neither names, so the operation reports it as missing', () => {
    expect(
      jobInputOf({
        body: { template: 9 },
        template: { action: 'export', parameters: null, scope: {} },
      }),
    ).toEqual({ action: 'export' })
  })
})
