import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Member } from '@/payload-types'
import type { FieldErrors } from '@/lib/forms/types'
import { checkEmail, checkName, checkPassword, checkUsername, normalizeEmail, normalizeUsername } from './validation'

export type SignUpInput = {
  profile: 'aidant' | 'apprenant'
  name: string
  email: string
  username: string
  password: string
  passwordConfirm: string
  locale: Locale
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors }

/**
 * Creates an aidant (e-mail required) or an apprenant (username required, e-mail optional). Duplicates are
 * refused with an error on the field, before Payload's unique index would fail with a generic message.
 */
export async function signUp(payload: Payload, input: SignUpInput): Promise<Result<Member>> {
  const email = normalizeEmail(input.email)
  const username = input.profile === 'apprenant' ? normalizeUsername(input.username) : ''
  const errors: FieldErrors = {}
  checkName(errors, input.name)
  checkEmail(errors, email, input.profile === 'aidant')
  if (input.profile === 'apprenant') checkUsername(errors, username)
  checkPassword(errors, input.password, input.passwordConfirm)
  if (!errors.email && email && (await exists(payload, 'email', email))) errors.email = 'emailTaken'
  if (!errors.username && username && (await exists(payload, 'username', username))) errors.username = 'usernameTaken'
  if (Object.keys(errors).length) return { ok: false, errors }

  const member = await payload.create({
    collection: 'members',
    data: {
      name: input.name.trim(),
      profile: input.profile,
      locale: input.locale,
      password: input.password,
      ...(email ? { email } : {}),
      ...(username ? { username } : {}),
    },
    overrideAccess: true,
  })
  return { ok: true, value: member }
}

async function exists(payload: Payload, field: 'email' | 'username', value: string): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'members', where: { [field]: { equals: value } } })
  return totalDocs > 0
}
