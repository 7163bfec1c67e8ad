import { checkOwnPassword } from '@/lib/auth/authenticate'
import { invalid, notAllowed } from '@/lib/errors'
import { fail, ok, type Result } from '@/lib/result'
import { leaveCurrentStructure } from '@/lib/structures/membership'
import type { UseCaseArgs } from '@/lib/usecases/types'

/** `ip` is the client's address (lib/http/clientIp.ts): the password is checked as a sign-in from it. */
export type DeleteAccountInput = { confirmed: boolean; password: string; ip: string }

/**
 * A member deletes their account, having ticked "I confirm" and given their password: the account goes with
 * its personal data (join requests, the name on invitations sent). Learner progress keeps only anonymous
 * aggregates; the member's workshops and grants go through the collection's hooks (collections/Members/index.ts).
 */
export async function deleteAccount({ payload, actor, input }: UseCaseArgs<DeleteAccountInput>): Promise<Result<null>> {
  if (actor?.collection !== 'members') return fail(notAllowed())
  if (!input.confirmed) return fail(invalid({ confirm: 'confirm' }))
  if (!(await checkOwnPassword(payload, actor, input.password, input.ip)))
    return fail(invalid({ password: 'currentPassword' }))
  await leaveCurrentStructure(payload, actor)
  // System writes: members have no rights on memberships, even their own; the account's deletion decides.
  await payload.delete({ collection: 'memberships', where: { member: { equals: actor.id } }, overrideAccess: true })
  await payload.update({
    collection: 'memberships',
    where: { invitedBy: { equals: actor.id } },
    data: { invitedBy: null },
    overrideAccess: true,
  })
  // access/selfOrStaff.ts: a member deletes their own account.
  await payload.delete({ collection: 'members', id: actor.id, user: actor, overrideAccess: false })
  return ok(null)
}
