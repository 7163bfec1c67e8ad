import { lengths } from '@/fields/lengths'
import { conflict, invalid, type DomainError } from '@/lib/errors'
import type { FieldErrors } from '@/lib/forms/types'

/** Server-side checks shared by the sign-up, account and invitation forms. Pure: unit-tested. */
export const passwordMinLength = 10

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/
const usernamePattern = new RegExp(`^[a-z0-9][a-z0-9._-]{2,${lengths.username - 1}}$`)

export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase()
}

export function normalizeUsername(value: string): string {
  return value.trim().toLowerCase()
}

/** Also the `maxLength` of the members' name field, so the API and the forms agree. */
export const nameMaxLength = lengths.personName

/** Error keys (messages `forms.errors.*`) per field; empty when everything is valid. */
export function checkName(errors: FieldErrors, name: string): void {
  if (!name.trim()) errors.name = 'required'
  else if (name.trim().length > nameMaxLength) errors.name = 'tooLong'
}

/** Also the `maxLength` of every e-mail field (members, invitations, structures, forms' copies). */
export const emailMaxLength = lengths.email

export function checkEmail(errors: FieldErrors, email: string, required: boolean, field = 'email'): void {
  if (!email) {
    if (required) errors[field] = 'required'
  } else if (!emailPattern.test(email) || email.length > emailMaxLength) errors[field] = 'email'
}

export function checkUsername(errors: FieldErrors, username: string): void {
  if (!username) errors.username = 'required'
  else if (!usernamePattern.test(username)) errors.username = 'username'
}

export function checkPassword(errors: FieldErrors, password: string, confirm?: string, field = 'password'): void {
  if (!password) errors[field] = 'required'
  else if (password.length < passwordMinLength) errors[field] = 'passwordLength'
  else if (confirm !== undefined && confirm !== password) errors[`${field}Confirm`] = 'passwordMismatch'
}

const taken = new Set(['emailTaken', 'usernameTaken'])

/** Errors found in a form: a conflict when the only fault is an address or username already in use. */
export function refusalOfFields(errors: FieldErrors): DomainError {
  return Object.values(errors).every((key) => taken.has(key)) ? conflict(errors) : invalid(errors)
}
