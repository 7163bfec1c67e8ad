import type { FieldErrors } from '@/lib/forms/types'

/** A required text field of at most `max` characters (already trimmed): its error key, if any. Pure. */
export function checkRequiredText(errors: FieldErrors, field: string, value: string, max: number): void {
  if (!value) errors[field] = 'required'
  else if (value.length > max) errors[field] = 'tooLong'
}
