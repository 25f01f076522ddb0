import type { FieldError } from '../validation/validationError'

/** The HTTP status of each kind of refusal: the one map every API of the product answers with. */
export const DOMAIN_ERROR_STATUS = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
} as const

export type DomainErrorKind = keyof typeof DOMAIN_ERROR_STATUS

/**
 * Why an operation refused, thrown by the operation that decides (endpoints only parse, gate the
 * caller and call it), so every API answers the same way without parsing messages. `kind` says
 * which status it is (`DOMAIN_ERROR_STATUS`); `code` names the rule for clients (`plan-drift`,
 * `policy-inactive`; the kind itself when there is nothing more to say); an `invalid` carries its
 * field errors. Nothing was written when one is thrown.
 */
export class DomainError extends Error {
  readonly code: string
  readonly fieldErrors: readonly FieldError[]
  readonly kind: DomainErrorKind

  constructor({
    code,
    fieldErrors = [],
    kind,
    message,
  }: {
    code?: string
    fieldErrors?: readonly FieldError[]
    kind: DomainErrorKind
    message: string
  }) {
    super(message)
    this.name = 'DomainError'
    this.code = code ?? kind
    this.fieldErrors = fieldErrors
    this.kind = kind
  }

  get status(): number {
    return DOMAIN_ERROR_STATUS[this.kind]
  }
}

/** Bad input: a 400 naming every bad field. */
export const invalid = (fieldErrors: readonly FieldError[]): DomainError =>
  new DomainError({
    fieldErrors,
    kind: 'invalid',
    message: `Invalid: ${fieldErrors.map((error) => error.path).join(', ')}`,
  })

/** One bad field. */
export const invalidField = (path: string, message: string): DomainError =>
  invalid([{ message, path }])

/** Missing, or outside what the caller may see: the two answer alike, so nothing leaks. */
export const notFound = (message: string): DomainError =>
  new DomainError({ kind: 'not-found', message })

export const forbidden = (message: string): DomainError =>
  new DomainError({ kind: 'forbidden', message })

/** The request is well formed but the state of things refuses it (`code` says which rule). */
export const conflict = (code: string, message: string): DomainError =>
  new DomainError({ code, kind: 'conflict', message })
