'use client'

import { cloneElement, type ReactElement, useId } from 'react'

type Props = {
  children: ReactElement<Record<string, unknown>>
  error?: string
  hint?: string
  label: string
  name: string
}

/**
 * A labelled input with its hint and its error right under it, wired for screen readers
 * (`aria-invalid`, `aria-describedby`), styled like Payload's own fields.
 */
export const FormField = ({ children, error, hint, label, name }: Props) => {
  const id = `${useId()}-${name}`
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined
  return (
    <div className={`bulk-center__field${error ? ' bulk-center__field--error' : ''}`} data-field={name}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {cloneElement(children, { 'aria-describedby': described, 'aria-invalid': Boolean(error), id, name })}
      {hint && (
        <p className="bulk-center__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="bulk-center__field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
