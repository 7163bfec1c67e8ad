import { Forbidden, NotFound, ValidationError } from 'payload'

import { conflict, invalid, notAllowed, type DomainError } from '@/lib/errors'
import type { FieldErrors } from '@/lib/forms/types'
import { clientFault } from '@/lib/http/clientErrors'
import { isPayloadError } from '@/lib/payload/isPayloadError'

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
 * A write refused by Payload, as a domain error: the access layer's "no" (Forbidden, or not among the documents
 * the actor may touch) is not-allowed; a validation error lands on its field (or the form when the field is not
 * one of `fields`); a database constraint the client caused is invalid (400) or a conflict (409). Anything else
 * is not the actor's doing: null, and the caller rethrows.
 */
export function refusalOf(error: unknown, fields: readonly string[] = []): DomainError | null {
  if (isPayloadError(error, Forbidden) || isPayloadError(error, NotFound)) return notAllowed(error.message)
  if (isPayloadError(error, ValidationError)) {
    const errors: FieldErrors = {}
    for (const { path } of error.data.errors) {
      const field = path.split('.')[0] ?? ''
      if (fields.includes(field)) errors[field] = keyOf[field] ?? 'rejected'
      else errors.form = 'rejected'
    }
    return invalid(Object.keys(errors).length ? errors : { form: 'rejected' }, error.message)
  }
  const fault = clientFault(error)
  if (fault)
    return fault.status === 409
      ? conflict({ form: 'rejected' }, fault.message)
      : invalid({ form: 'rejected' }, fault.message)
  return null
}
