import type { FieldErrors } from '@/lib/forms/types'
import type { Locale } from '@/i18n/locales'
import { resultOf } from '@/lib/payload/resultOf'
import { fail, type Result } from '@/lib/result'
import { acceptInvitation } from '@/lib/structures/accept-invitation'
import type { UseCaseArgs } from '@/lib/usecases/types'
import type { Member } from '@/payload-types'

import { emailTaken, usernameTaken } from './taken'
import {
  checkEmail,
  checkName,
  checkPassword,
  checkUsername,
  normalizeEmail,
  normalizeUsername,
  refusalOfFields,
} from './validation'

export type SignUpInput = {
  profile: 'aidant' | 'apprenant'
  name: string
  email: string
  username: string
  password: string
  passwordConfirm: string
  locale: Locale
  /** The token of the invitation the visitor came with: the new member joins that structure. */
  invitation?: string | null
}

/**
 * Creates an aidant (e-mail required) or an apprenant (username required, e-mail optional). Duplicates are
 * refused with an error on the field (a conflict when nothing else is wrong), before Payload's unique index
 * would fail with a generic message. Anyone may sign up: `actor` is whoever is signed in, and is not used.
 */
export async function signUp({ payload, input }: UseCaseArgs<SignUpInput>): Promise<Result<Member>> {
  const email = normalizeEmail(input.email)
  const username = input.profile === 'apprenant' ? normalizeUsername(input.username) : ''
  const errors: FieldErrors = {}
  checkName(errors, input.name)
  checkEmail(errors, email, input.profile === 'aidant')
  if (input.profile === 'apprenant') checkUsername(errors, username)
  checkPassword(errors, input.password, input.passwordConfirm)
  if (!errors.email && email && (await emailTaken(payload, email))) errors.email = 'emailTaken'
  if (!errors.username && username && (await usernameTaken(payload, username))) errors.username = 'usernameTaken'
  if (Object.keys(errors).length) return fail(refusalOfFields(errors))

  const created = await resultOf(
    payload.create({
      collection: 'members',
      data: {
        name: input.name.trim(),
        profile: input.profile,
        locale: input.locale,
        password: input.password,
        ...(email ? { email } : {}),
        ...(username ? { username } : {}),
      },
      // System write: only staff create members through the API; this is the public sign-up, checked above.
      overrideAccess: true,
    }),
    // Two sign-ups with the same address at once: the unique index answers the second one.
    ['name', 'email', 'username', 'password'],
  )
  if (!created.ok) return created
  const member = created.value
  // A used-up or expired invitation does not undo the account: the member can still ask to join later.
  if (input.invitation)
    await acceptInvitation({ payload, actor: { ...member, collection: 'members' }, input: { token: input.invitation } })
  return created
}
