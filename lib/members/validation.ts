/** Server-side checks shared by the sign-up, account and invitation forms. Pure: unit-tested. */
export const passwordMinLength = 10

export type FieldErrors = Record<string, string>

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/
const usernamePattern = /^[a-z0-9][a-z0-9._-]{2,29}$/

export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase()
}

export function normalizeUsername(value: string): string {
  return value.trim().toLowerCase()
}

/** Also the `maxLength` of the members' name field, so the API and the forms agree. */
export const nameMaxLength = 60

/** Error keys (messages `forms.errors.*`) per field; empty when everything is valid. */
export function checkName(errors: FieldErrors, name: string): void {
  if (!name.trim()) errors.name = 'required'
  else if (name.trim().length > nameMaxLength) errors.name = 'tooLong'
}

export function checkEmail(errors: FieldErrors, email: string, required: boolean, field = 'email'): void {
  if (!email) {
    if (required) errors[field] = 'required'
  } else if (!emailPattern.test(email) || email.length > 254) errors[field] = 'email'
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
