import { lengths } from '@/fields/lengths'
import { checkRequiredText } from '@/lib/forms/checks'
import type { FieldErrors } from '@/lib/forms/types'
import { checkEmail } from '@/lib/members/validation'

/** What the registration form of an event sends. */
export type RegistrationInput = { name: string; email: string; structure: string }

/** The form's values as stored: trimmed, the address in lower case. */
export const normalizeRegistration = (input: RegistrationInput): RegistrationInput => ({
  name: input.name.trim(),
  email: input.email.trim().toLowerCase(),
  structure: input.structure.trim(),
})

/** Error keys per field (messages `forms.errors.*`), empty when the registration can go on. Pure. */
export function checkRegistration(input: RegistrationInput): FieldErrors {
  const { name, email, structure } = normalizeRegistration(input)
  const errors: FieldErrors = {}
  checkRequiredText(errors, 'name', name, lengths.name)
  checkEmail(errors, email, true)
  if (structure.length > lengths.name) errors.structure = 'tooLong'
  return errors
}
