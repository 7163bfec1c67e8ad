import { notAllowed } from '@/lib/errors'
import type { FieldErrors } from '@/lib/forms/types'
import { isLocale } from '@/i18n/locales'
import { resultOf } from '@/lib/payload/resultOf'
import { fail, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'
import type { Member } from '@/payload-types'

import { emailTaken } from './taken'
import { checkEmail, checkName, normalizeEmail, refusalOfFields } from './validation'

export type ProfileInput = { name: string; locale: string; email?: string }

/** A member changes their name, language and, for apprenants, an optional e-mail (aidants sign in with theirs). */
export async function updateProfile({ payload, actor, input }: UseCaseArgs<ProfileInput>): Promise<Result<Member>> {
  if (actor?.collection !== 'members') return fail(notAllowed())
  const errors: FieldErrors = {}
  checkName(errors, input.name)
  if (!isLocale(input.locale)) errors.locale = 'required'
  const email = input.email === undefined ? undefined : normalizeEmail(input.email)
  if (email !== undefined) {
    checkEmail(errors, email, actor.profile === 'aidant')
    if (!errors.email && email && email !== actor.email && (await emailTaken(payload, email)))
      errors.email = 'emailTaken'
  }
  if (Object.keys(errors).length) return fail(refusalOfFields(errors))
  return resultOf(
    payload.update({
      collection: 'members',
      id: actor.id,
      data: {
        name: input.name.trim(),
        locale: input.locale as Member['locale'],
        ...(email !== undefined ? { email: email || null } : {}),
      },
      user: actor,
      overrideAccess: false,
    }),
    Object.keys(input),
  )
}
