import type { FieldErrors } from '@/lib/forms/types'

/**
 * The five ways a use case says no. Each maps in one place to a form state (lib/forms/state.ts `failureState`)
 * and an HTTP status (lib/http/errorStatus.ts): a use case never knows whether a form or a route called it.
 * `fields` carries error keys (messages `forms.errors.*`), never sentences: the caller translates.
 */
export type DomainErrorKind = 'not-found' | 'not-allowed' | 'invalid' | 'conflict' | 'unavailable'

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly fields: FieldErrors = {},
    message: string = kind,
  ) {
    super(message)
    this.name = 'DomainError'
  }
}

/** The thing asked for does not exist, or the actor may not know it does. */
export const notFound = (message = 'not found') => new DomainError('not-found', { form: 'notFound' }, message)

/** The actor may not do this (signed out, wrong role, someone else's document). */
export const notAllowed = (message = 'not allowed') => new DomainError('not-allowed', { form: 'notAllowed' }, message)

/** What was sent is wrong: error keys per field (`form` for the whole form). */
export const invalid = (fields: FieldErrors, message = 'invalid') => new DomainError('invalid', fields, message)

/** The request is fine but the current state refuses it (a full event, a taken name, a used token). */
export const conflict = (fields: FieldErrors, message = 'conflict') => new DomainError('conflict', fields, message)

/** A service we depend on (the mail server) did not do its part; trying again later may work. */
export const unavailable = (fields: FieldErrors, message = 'unavailable') =>
  new DomainError('unavailable', fields, message)

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError
}
