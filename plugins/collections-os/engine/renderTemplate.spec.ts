import { renderTemplate } from './renderTemplate'
import type { TemplateValues } from './renderTemplate'

const template = {
  el: 'Αγαπητέ/ή {owner}, οφείλετε {amount} εδώ και {daysOverdue} ημέρες. Πληρωμή: {paymentLink}',
  en: 'Dear {owner}, you owe {amount}, {daysOverdue} days overdue. Pay at {paymentLink}',
}

const values: TemplateValues = {
  amount: 123_456,
  daysOverdue: 31,
  owner: 'Maria Papadopoulou',
  paymentLink: 'https://office.example/s/abc',
}

describe('renderTemplate', () => {
  it('should fill every placeholder in Greek with Greek money', () => {
    expect(renderTemplate({ currency: 'EUR', locale: 'el', template, values })).toEqual({
      errors: [],
      text: 'Αγαπητέ/ή Maria Papadopoulou, οφείλετε 1.234,56\u00a0€ εδώ και 31 ημέρες. Πληρωμή: https://office.example/s/abc',
    })
  })

  it('should fill every placeholder in English with English money', () => {
    expect(renderTemplate({ currency: 'EUR', locale: 'en', template, values }).text).toBe(
      'Dear Maria Papadopoulou, you owe €1,234.56, 31 days overdue. Pay at https://office.example/s/abc',
    )
  })

  it('should fill a placeholder used twice and need no value for one not used', () => {
    const short = { el: '{amount} / {amount}', en: '{amount}' }
    expect(
      renderTemplate({
        currency: 'EUR',
        locale: 'el',
        template: short,
        values: { amount: 5, daysOverdue: 1 },
      }),
    ).toEqual({
      errors: [],
      text: '0,05\u00a0€ / 0,05\u00a0€',
    })
  })

  it('should refuse an unknown placeholder', () => {
    const typo = { ...template, en: 'Dear {ownr}, you owe {amount}' }
    expect(renderTemplate({ currency: 'EUR', locale: 'en', template: typo, values })).toEqual({
      errors: ['Unknown placeholder {ownr}; use {owner}, {amount}, {daysOverdue}, {paymentLink}'],
      text: null,
    })
  })

  it('should refuse to send a message with a missing value', () => {
    expect(
      renderTemplate({
        currency: 'EUR',
        locale: 'en',
        template,
        values: { ...values, owner: ' ', paymentLink: null },
      }),
    ).toEqual({
      errors: ['Missing value for {owner}', 'Missing value for {paymentLink}'],
      text: null,
    })
  })

  it("should refuse when the office's language has no template", () => {
    expect(
      renderTemplate({
        currency: 'EUR',
        locale: 'el',
        template: { el: '', en: template.en },
        values,
      }),
    ).toEqual({
      errors: ['No el template'],
      text: null,
    })
  })
})
