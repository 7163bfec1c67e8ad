import { invalid, notAllowed, unavailable } from '@/lib/errors'
import type { FieldErrors } from '@/lib/forms/types'
import type { Locale } from '@/i18n/locales'
import { hashToken, newToken } from '@/lib/members/tokens'
import { checkEmail, normalizeEmail } from '@/lib/members/validation'
import { idOf } from '@/lib/payload/relations'
import { resultOf } from '@/lib/payload/resultOf'
import { fail, ok, type Result } from '@/lib/result'
import type { UseCaseArgs } from '@/lib/usecases/types'
import type { Membership } from '@/payload-types'

import { sendInvitation } from './invitationEmail'
import { invitationTokenContext } from '@/lib/structures/invitations'

/**
 * `locale` is the référent's: the invited person has no account, so no language of their own yet. `origin` is
 * the public origin of the request (lib/http/origin.ts), for the link of the e-mail.
 */
export type InvitationInput = { email: string; profile: 'aidant' | 'apprenant'; locale: Locale; origin: string }

/**
 * A référent invites someone by e-mail into their structure. The link's token exists only in the e-mail (and
 * in the result, for the caller to forget): the database keeps its hash. No e-mail, no invitation.
 */
export async function inviteMember({
  payload,
  actor,
  input,
}: UseCaseArgs<InvitationInput>): Promise<Result<{ membership: Membership; token: string }>> {
  if (actor?.collection !== 'members') return fail(notAllowed())
  const structure = idOf(actor.structure)
  if (!structure) return fail(notAllowed())
  const email = normalizeEmail(input.email)
  const errors: FieldErrors = {}
  checkEmail(errors, email, true)
  if (!['aidant', 'apprenant'].includes(input.profile)) errors.profile = 'required'
  if (Object.keys(errors).length) return fail(invalid(errors))
  const token = newToken()
  // access/membershipCreate.ts decides (a référent of this structure); the hook sets invitedBy and the expiry,
  // and takes the token's hash from the server-side context only.
  const created = await resultOf(
    payload.create({
      collection: 'memberships',
      data: { kind: 'invitation', structure, email, profile: input.profile, status: 'pending' },
      context: { [invitationTokenContext]: hashToken(token) },
      user: actor,
      overrideAccess: false,
      depth: 0,
    }),
  )
  if (!created.ok) return created
  const { name } = await payload.findByID({
    collection: 'structures',
    id: structure,
    depth: 0,
    select: { name: true },
    user: actor,
    overrideAccess: false,
  })
  const mailed = await sendInvitation(payload, {
    email,
    token,
    structureName: name,
    inviterName: actor.name,
    locale: input.locale,
    origin: input.origin,
  })
  if (mailed) return ok({ membership: created.value, token })
  // The link exists only in that e-mail: an invitation nobody received would only block sending it again.
  await payload.delete({ collection: 'memberships', id: created.value.id, overrideAccess: true })
  return fail(unavailable({ form: 'mailNotSent' }))
}
