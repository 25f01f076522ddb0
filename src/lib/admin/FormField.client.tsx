'use client'

import { cloneElement, useId } from 'react'
import type { ReactElement } from 'react'

import './formField.scss'

type Props = {
  children: ReactElement<Record<string, unknown>>
  error?: string
  hint?: string
  label: string
  name: string
}

/**
 * A labelled input with its hint and its error right under it, wired for screen readers
 * (`aria-invalid`, `aria-describedby`), styled like Payload's own fields. The feature views'
 * forms (Collections, Bulk Center) all use it, so a field error looks and reads the same
 * everywhere: `[data-field=name] .bo-form-field__error`.
 */
export const FormField = ({ children, error, hint, label, name }: Props) => {
  const id = `${useId()}-${name}`
  const described =
    [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined
  return (
    <div className={`bo-form-field${error ? ' bo-form-field--error' : ''}`} data-field={name}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {cloneElement(children, {
        'aria-describedby': described,
        'aria-invalid': Boolean(error),
        id,
        name,
      })}
      {hint && (
        <p className="bo-form-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="bo-form-field__error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
