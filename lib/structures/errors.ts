import { Forbidden, NotFound, ValidationError } from 'payload'

import type { FieldErrors } from '../members/validation'

/** The form's error key for a field the collection refused (messages `forms.errors.*`). */
const keyOf: Record<string, string> = {
  email: 'email',
  website: 'url',
  phone: 'phone',
  pivot: 'pivot',
  latitude: 'number',
  longitude: 'number',
  expiresAt: 'date',
}

/**
 * A write refused by Payload, as form errors: the access layer's "no" (Forbidden, or not among the documents
 * the member may touch) is `notAllowed`; a validation error lands on its field (or the form when the field
 * is not on it). Anything else is not the visitor's doing: null, and the caller rethrows.
 */
export function formErrorsOf(error: unknown, fields: readonly string[]): FieldErrors | null {
  if (error instanceof Forbidden || error instanceof NotFound) return { form: 'notAllowed' }
  if (!(error instanceof ValidationError)) return null
  const errors: FieldErrors = {}
  for (const { path } of error.data.errors) {
    const field = path.split('.')[0] ?? ''
    if (fields.includes(field)) errors[field] = keyOf[field] ?? 'rejected'
    else errors.form = 'rejected'
  }
  return Object.keys(errors).length ? errors : { form: 'rejected' }
}
